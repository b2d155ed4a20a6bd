package kiku.scoring.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the backlog needs of one issue's scores: per criterion the count, sum, min and max of
 * the values and which raters gave them. Stored as text in issue_summary, so a backlog page or a
 * ranking reads one row per issue instead of every score (see docs/PERFORMANCE.md).
 *
 * <p>Text form: {@code raters|cells}, raters URL-encoded and comma-separated, cells separated by
 * {@code ;} as {@code criterionId:count:sum:min:max:raterIndexes} with indexes joined by {@code .};
 * an issue without scores is the empty text.
 */
public final class ScoreSummary {

    /** One value on one criterion: a rater's score, or a derived criterion's computed value (rater null). */
    public record Entry(long criterionId, String rater, int value) {
    }

    private record Cell(int count, long sum, int min, int max, BitSet raters) {
        CellStats stats() {
            return new CellStats(count, (double) sum / count, min, max);
        }
    }

    public static final ScoreSummary EMPTY = new ScoreSummary("", Map.of());

    /** The raters' names as encoded in the text form: only {@link #encode()} needs them, so decoding leaves them be. */
    private final String raters;
    private final Map<Long, Cell> cells;

    private ScoreSummary(String raters, Map<Long, Cell> cells) {
        this.raters = raters;
        this.cells = cells;
    }

    public static ScoreSummary of(Collection<Entry> entries) {
        List<String> raters = entries.stream().map(Entry::rater).filter(r -> r != null).distinct().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        raters.forEach(r -> index.put(r, index.size()));
        Map<Long, Cell> cells = new TreeMap<>();
        for (Entry e : entries) {
            Cell old = cells.get(e.criterionId());
            BitSet who = old == null ? new BitSet() : old.raters();
            if (e.rater() != null) {
                who.set(index.get(e.rater()));
            }
            cells.put(e.criterionId(), old == null ? new Cell(1, e.value(), e.value(), e.value(), who)
                    : new Cell(old.count() + 1, old.sum() + e.value(), Math.min(old.min(), e.value()),
                            Math.max(old.max(), e.value()), who));
        }
        return new ScoreSummary(String.join(",", raters.stream().map(r -> URLEncoder.encode(r, StandardCharsets.UTF_8))
                .toList()), cells);
    }

    /** Per criterion with at least one score, the cell's statistics (SCORING.md §2). */
    public Map<Long, CellStats> stats() {
        Map<Long, CellStats> stats = new LinkedHashMap<>();
        cells.forEach((criterion, cell) -> stats.put(criterion, cell.stats()));
        return stats;
    }

    /** Distinct raters with a score on any of these criteria. */
    public int raterCount(Collection<Long> criterionIds) {
        BitSet who = new BitSet();
        criterionIds.forEach(id -> {
            Cell cell = cells.get(id);
            if (cell != null) {
                who.or(cell.raters());
            }
        });
        return who.cardinality();
    }

    public String encode() {
        if (cells.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append(raters).append('|');
        String separator = "";
        for (Map.Entry<Long, Cell> e : cells.entrySet()) {
            Cell c = e.getValue();
            text.append(separator).append(e.getKey()).append(':').append(c.count()).append(':').append(c.sum())
                    .append(':').append(c.min()).append(':').append(c.max()).append(':');
            String dot = "";
            for (int i = c.raters().nextSetBit(0); i >= 0; i = c.raters().nextSetBit(i + 1)) {
                text.append(dot).append(i);
                dot = ".";
            }
            separator = ";";
        }
        return text.toString();
    }

    /** Receives the cells of a summary's text, one criterion at a time. */
    public interface CellVisitor {
        void cell(long criterionId, int count, long sum, int min, int max);
    }

    /**
     * The cells of {@link #encode()}'s text without decoding the raters or building any object:
     * rankings read 90,000 summaries at a time, and decoding them whole took most of a second.
     */
    public static void visitCells(String text, CellVisitor visitor) {
        parse(text, (criterionId, count, sum, min, max, raters, ratersEnd) -> visitor.cell(criterionId, count, sum, min,
                max));
    }

    /** Reads {@link #encode()}'s text; null or empty is an issue without scores. Parsed by hand: every backlog row decodes one. */
    public static ScoreSummary decode(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        Map<Long, Cell> cells = new TreeMap<>();
        parse(text, (criterionId, count, sum, min, max, raters, ratersEnd) -> cells.put(criterionId,
                new Cell(count, sum, min, max, raterIndexes(text, raters, ratersEnd))));
        return new ScoreSummary(text.substring(0, text.indexOf('|')), cells);
    }

    /** A cell as parsed, with where its rater indexes stand in the text. */
    private interface ParsedCell {
        void cell(long criterionId, int count, long sum, int min, int max, int raters, int ratersEnd);
    }

    private static void parse(String text, ParsedCell action) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int[] at = {text.indexOf('|') + 1};
        while (at[0] < text.length()) {
            long criterionId = number(text, at);
            int count = (int) number(text, at);
            long sum = number(text, at);
            int min = (int) number(text, at);
            int max = (int) number(text, at);
            int end = text.indexOf(';', at[0]);
            end = end < 0 ? text.length() : end;
            action.cell(criterionId, count, sum, min, max, at[0], end);
            at[0] = end + 1;
        }
    }

    /** The integer at {@code at[0]}, which moves past the ':' after it. */
    private static long number(String text, int[] at) {
        int i = at[0];
        boolean negative = text.charAt(i) == '-';
        long value = 0;
        for (i = negative ? i + 1 : i; text.charAt(i) != ':'; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        at[0] = i + 1;
        return negative ? -value : value;
    }

    /** The rater indexes between {@code from} and {@code to}, joined by '.'. */
    private static BitSet raterIndexes(String text, int from, int to) {
        BitSet who = new BitSet();
        int index = -1;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '.') {
                who.set(index);
                index = -1;
            } else {
                index = Math.max(index, 0) * 10 + (ch - '0');
            }
        }
        if (index >= 0) {
            who.set(index);
        }
        return who;
    }
}
