package kiku.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kiku.web.Problem;
import kiku.web.Texts;

/** Reads what a rater typed into the scoring sheet, checks it against each criterion's scale and saves a row. */
@ApplicationScoped
public class SheetInput {

    public enum CellError { NOT_INTEGER, OFF_SCALE }

    /** A cell as shown: the value (typed or stored), what is wrong with it, and others' mean when revealed. */
    public record CellView(Criterion criterion, String value, CellError error, Double mean, Integer count) {}

    /** The result of saving one row: the typed texts are kept so that a refused row shows them again. */
    public record Outcome(Map<Long, String> typed, Map<Long, CellError> errors, String message, boolean changed) {

        public boolean failed() {
            return message != null || !errors.isEmpty();
        }

        public boolean saved() {
            return !failed() && changed;
        }
    }

    @Inject
    ScoringSheetService sheets;

    /** Pairs the {@code k} ("issueId:criterionId") and {@code v} fields, which the form sends in the same order. */
    public static Map<Long, Map<Long, String>> parse(List<String> keys, List<String> values) {
        Map<Long, Map<Long, String>> typed = new LinkedHashMap<>();
        if (keys == null || values == null) {
            return typed;
        }
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            String[] parts = keys.get(i).split(":");
            Long issue = parts.length == 2 ? id(parts[0]) : null;
            Long criterion = parts.length == 2 ? id(parts[1]) : null;
            if (issue != null && criterion != null) {
                typed.computeIfAbsent(issue, x -> new LinkedHashMap<>()).put(criterion, values.get(i));
            }
        }
        return typed;
    }

    public static Long id(String text) {
        return text != null && text.strip().matches("[1-9]\\d{0,17}") ? Long.valueOf(text.strip()) : null;
    }

    /**
     * Saves every row of a posted sheet: rows with a wrong cell are refused on their own and the
     * others are written together in one transaction (one commit for a sheet, not one per row).
     */
    public Map<Long, Outcome> saveAll(Map<Long, Map<Long, String>> typed, String rater, Locale locale) {
        List<Criterion> criteria = ScoringSheetService.activeCriteria();
        Map<Long, Map<Long, Integer>> own = sheets.own(rater, typed.keySet());
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Map<Long, ScoringSheetService.RowChange> changes = new LinkedHashMap<>();
        typed.forEach((issueId, values) -> outcomes.put(issueId,
                check(issueId, criteria, own.getOrDefault(issueId, Map.of()), values, changes)));
        if (changes.isEmpty()) {
            return outcomes;
        }
        try {
            for (long gone : sheets.saveRows(rater, changes)) {
                outcomes.put(gone, refused(outcomes.get(gone), Problem.notFound("issue", gone), locale));
            }
        } catch (Problem refused) {
            changes.keySet().forEach(id -> outcomes.put(id, refused(outcomes.get(id), refused, locale)));
        }
        return outcomes;
    }

    private Outcome refused(Outcome checked, Problem problem, Locale locale) {
        return new Outcome(checked.typed(), checked.errors(), text(problem, locale), false);
    }

    /**
     * Checks the typed values of one issue and adds what changed to {@code changes}. A blank cell
     * removes the rater's score; unchanged cells are left alone, so saving a sheet of 100 rows only
     * writes the rows that changed.
     */
    private Outcome check(long issueId, List<Criterion> criteria, Map<Long, Integer> own, Map<Long, String> typed,
                          Map<Long, ScoringSheetService.RowChange> changes) {
        Map<Long, Integer> values = new LinkedHashMap<>();
        List<Long> cleared = new ArrayList<>();
        Map<Long, CellError> errors = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            if (!typed.containsKey(c.id) || c.isDerived()) { // a computed column has no input; a forged one is ignored
                continue;
            }
            String text = normalize(typed.get(c.id));
            if (text.isEmpty()) {
                if (own.containsKey(c.id)) {
                    cleared.add(c.id);
                }
                continue;
            }
            Integer value = text.matches("-?\\d{1,6}") ? Integer.valueOf(text) : null;
            if (value == null) {
                errors.put(c.id, CellError.NOT_INTEGER);
            } else if (value < c.minScore || value > c.maxScore) {
                errors.put(c.id, CellError.OFF_SCALE);
            } else if (!value.equals(own.get(c.id))) {
                values.put(c.id, value);
            }
        }
        if (!errors.isEmpty() || (values.isEmpty() && cleared.isEmpty())) {
            return new Outcome(typed, errors, null, false);
        }
        changes.put(issueId, new ScoringSheetService.RowChange(values, cleared));
        return new Outcome(typed, errors, null, true);
    }

    /** The cells of a row in the criteria's order; a refused row shows what was typed, not what is stored. */
    public static List<CellView> cells(List<Criterion> criteria, ScoringSheetService.Row row, Outcome outcome) {
        List<CellView> cells = new ArrayList<>(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            ScoringSheetService.Cell stored = row.cells().get(i);
            String value = stored.own() == null ? "" : stored.own().toString();
            if (outcome != null && outcome.failed() && outcome.typed().containsKey(c.id)) {
                value = outcome.typed().get(c.id);
            }
            cells.add(new CellView(c, value, outcome == null ? null : outcome.errors().get(c.id), stored.mean(),
                    stored.count()));
        }
        return cells;
    }

    /** Full-width digits and signs (a Japanese IME's default) count as the ASCII ones. */
    private static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static String text(Problem problem, Locale locale) {
        if (problem.fieldErrors().isEmpty()) {
            return Texts.format(locale, problem.messageKey(), problem.args());
        }
        return problem.fieldErrors().stream().map(e -> Texts.format(locale, e.messageKey(), e.args()))
                .collect(Collectors.joining(" "));
    }
}
