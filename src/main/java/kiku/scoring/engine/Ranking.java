package kiku.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Totals, competition ranks and what-if previews, exactly as SCORING.md §1-5 state them. */
public final class Ranking {

    /** Totals within this distance rank equal: the same total summed in another order differs in the last bits. */
    public static final double TIE_TOLERANCE = 1e-9;

    public record Scored(long issueId, double total) {
        public Scored {
            if (!Double.isFinite(total)) {
                throw new IllegalArgumentException("total of issue " + issueId + " must be finite, got " + total);
            }
        }
    }

    public record RankedItem(int rank, long issueId, double total) {}

    /** {@code currentRank} and {@code rankChange} are null for issues not ranked under the current weights. */
    public record PreviewItem(int rank, long issueId, double total, Integer currentRank, Integer rankChange) {}

    private Ranking() {}

    public static List<CriterionSpec> rankingCriteria(Collection<CriterionSpec> all) {
        return all.stream().filter(CriterionSpec::isRanking).toList();
    }

    public static boolean rankable(Collection<CriterionSpec> all) {
        return totalWeight(rankingCriteria(all)) > 0;
    }

    /** u(i,c): the mean mapped to 0..1 where 1 is always best, so COST criteria are flipped. */
    public static double normalized(CellStats cell, CriterionSpec c) {
        return normalized(cell.mean(), c);
    }

    static double normalized(double mean, CriterionSpec c) {
        double range = c.maxScore() - c.minScore();
        return switch (c.direction()) {
            case BENEFIT -> (mean - c.minScore()) / range;
            case COST -> (c.maxScore() - mean) / range;
        };
    }

    /** {@code cells} is keyed by criterion id and may hold cells of non-ranking criteria, which are ignored. */
    public static Evaluation evaluate(long issueId, Map<Long, CellStats> cells, Collection<CriterionSpec> all) {
        List<CriterionSpec> ranking = rankingCriteria(all);
        double weightSum = totalWeight(ranking);
        if (!(weightSum > 0)) {
            return new Evaluation(issueId, null, List.of(), false);
        }
        List<Long> missing = new ArrayList<>();
        boolean disputed = false;
        double weighted = 0;
        for (CriterionSpec c : ranking) {
            CellStats cell = cells.get(c.id());
            if (cell == null) {
                missing.add(c.id());
                continue;
            }
            // Disagreement is worth flagging even while other criteria are still unscored.
            disputed |= cell.disputedOn(c);
            weighted += c.weight() * normalized(cell, c);
        }
        Double total = missing.isEmpty() ? 100 * weighted / weightSum : null;
        return new Evaluation(issueId, total, missing, disputed);
    }

    /**
     * Standard competition ranking ("1224"): rank = 1 + the number of items whose total exceeds this one by more
     * than {@link #TIE_TOLERANCE}. Listed by rank, then issue id, so items that tie within the tolerance are listed
     * by id even when their totals differ in the last bits.
     */
    public static List<RankedItem> rank(Collection<Scored> items) {
        Scored[] byTotal = items.toArray(Scored[]::new);
        Arrays.sort(byTotal, Comparator.comparingDouble(Scored::total).reversed());
        List<RankedItem> ranked = new ArrayList<>(byTotal.length);
        // Items clearly above the current one form a prefix of byTotal that only grows as totals fall, so one
        // forward pointer counts them in O(n). Comparing neighbours instead would chain near-ties wrongly.
        int above = 0;
        for (Scored s : byTotal) {
            while (byTotal[above].total() > s.total() + TIE_TOLERANCE) {
                above++;
            }
            ranked.add(new RankedItem(above + 1, s.issueId(), s.total()));
        }
        ranked.sort(Comparator.comparingInt(RankedItem::rank).thenComparingLong(RankedItem::issueId));
        return List.copyOf(ranked);
    }

    /** Evaluates every issue and ranks those that are ranked; unscored issues are left out. */
    public static List<RankedItem> rankAll(Map<Long, Map<Long, CellStats>> cellsByIssue,
            Collection<CriterionSpec> all) {
        return rankAll(CellTable.of(cellsByIssue), all);
    }

    /** {@link #rankAll(Map, Collection)} over a compact table. */
    public static List<RankedItem> rankAll(CellTable cells, Collection<CriterionSpec> all) {
        return rank(totals(cells, all));
    }

    /**
     * The total of every issue of the table that is ranked, bit for bit as {@link #evaluate} computes it (same
     * criteria order, same arithmetic), without building a map per issue.
     */
    public static List<Scored> totals(CellTable cells, Collection<CriterionSpec> all) {
        List<CriterionSpec> ranking = rankingCriteria(all);
        double weightSum = totalWeight(ranking);
        if (!(weightSum > 0)) {
            return List.of();
        }
        int[] columns = ranking.stream().mapToInt(c -> cells.column(c.id())).toArray();
        List<Scored> scored = new ArrayList<>(cells.size());
        rows:
        for (int row = 0; row < cells.size(); row++) {
            double weighted = 0;
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] < 0 || !cells.scored(row, columns[c])) {
                    continue rows;
                }
                weighted += ranking.get(c).weight() * normalized(cells.mean(row, columns[c]), ranking.get(c));
            }
            scored.add(new Scored(cells.issueId(row), 100 * weighted / weightSum));
        }
        return scored;
    }

    /**
     * §5: ranks under {@code proposedWeights} (criteria not named keep their weight) and compares with the ranks
     * under the current weights. Empty when the proposed weights make nothing rankable.
     */
    public static List<PreviewItem> preview(Map<Long, Map<Long, CellStats>> cellsByIssue,
            Collection<CriterionSpec> all, Map<Long, Double> proposedWeights) {
        return preview(CellTable.of(cellsByIssue), all, proposedWeights);
    }

    /** {@link #preview(Map, Collection, Map)} over a compact table. */
    public static List<PreviewItem> preview(CellTable cells, Collection<CriterionSpec> all,
            Map<Long, Double> proposedWeights) {
        List<CriterionSpec> proposed = withProposedWeights(all, proposedWeights);
        if (!rankable(proposed)) {
            return List.of();
        }
        Map<Long, Integer> currentRanks = new HashMap<>();
        for (RankedItem item : rankAll(cells, all)) {
            currentRanks.put(item.issueId(), item.rank());
        }
        return rankAll(cells, proposed).stream()
                .map(item -> {
                    Integer current = currentRanks.get(item.issueId());
                    Integer change = current == null ? null : current - item.rank();
                    return new PreviewItem(item.rank(), item.issueId(), item.total(), current, change);
                })
                .toList();
    }

    private static List<CriterionSpec> withProposedWeights(Collection<CriterionSpec> all,
            Map<Long, Double> proposedWeights) {
        Set<Long> known = new HashSet<>();
        all.forEach(c -> known.add(c.id()));
        proposedWeights.forEach((id, w) -> {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("unknown criterion id " + id);
            }
            if (w == null || !Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException(
                        "weight of criterion " + id + " must be a finite number >= 0, got " + w);
            }
        });
        return all.stream()
                .map(c -> proposedWeights.containsKey(c.id()) ? c.withWeight(proposedWeights.get(c.id())) : c)
                .toList();
    }

    private static double totalWeight(List<CriterionSpec> criteria) {
        double sum = 0;
        for (CriterionSpec c : criteria) {
            sum += c.weight();
        }
        return sum;
    }
}
