package kiku.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kiku.scoring.engine.Direction;
import kiku.scoring.engine.Thresholds;
import kiku.web.FormErrors;

/**
 * The create/edit form of a criterion exactly as typed, so that a refused form shows the
 * user's input again. {@link #toDto} turns it into the API's DTO and notes what cannot be parsed.
 */
public record CriterionForm(String name, String description, String weight, String minScore, String maxScore,
                            String direction, boolean active, String position, String version, String source,
                            String thresholds) {

    public static CriterionForm blank() {
        return new CriterionForm("", "", "1", "1", "5", Direction.BENEFIT.name(), true, "", null,
                CriterionSource.SCORED.name(), "");
    }

    public static CriterionForm of(Criterion c) {
        return new CriterionForm(c.name, c.description == null ? "" : c.description, number(c.weight),
                String.valueOf(c.minScore), String.valueOf(c.maxScore), c.direction.name(), c.active,
                String.valueOf(c.position), String.valueOf(c.version), c.source.name(),
                Thresholds.format(c.thresholdList(), ", "));
    }

    /** The same input, to be saved over the version now stored (after a conflict was shown). */
    public CriterionForm withVersion(long current) {
        return new CriterionForm(name, description, weight, minScore, maxScore, direction, active, position,
                String.valueOf(current), source, thresholds);
    }

    /** Notes every field that cannot be parsed in {@code errors}; the DTO then has null there. */
    public CriterionDto toDto(Long id, FormErrors errors, Messages messages) {
        if (name == null || name.isBlank()) {
            errors.add("name", messages.required());
        }
        Double w = decimal("weight", weight, errors, messages.number());
        Integer min = integer("minScore", minScore, errors, messages);
        Integer max = integer("maxScore", maxScore, errors, messages);
        Integer pos = position == null || position.isBlank() ? null : integer("position", position, errors, messages);
        Direction dir = null;
        try {
            dir = Direction.valueOf(direction == null ? "" : direction);
        } catch (IllegalArgumentException e) {
            errors.add("direction", messages.required());
        }
        Long v = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        CriterionSource from = source == null || source.isBlank() ? CriterionSource.SCORED : null;
        try {
            from = from != null ? from : CriterionSource.valueOf(source);
        } catch (IllegalArgumentException e) {
            errors.add("source", messages.required());
        }
        return new CriterionDto(id, name == null ? null : name.strip(), description, w, min, max, dir, active, pos, v,
                from, from != null && from.derived() ? cuts(errors, messages) : null);
    }

    /** The typed cut points ("2, 4, 7, 10"); a scored criterion ignores whatever is left in the field. */
    private List<Double> cuts(FormErrors errors, Messages messages) {
        try {
            return Thresholds.parse(thresholds);
        } catch (NumberFormatException e) {
            errors.add("thresholds", messages.number());
            return null;
        }
    }

    /** The bulk weight form: {@code ids} and {@code texts} come pairwise, in the same order. */
    public static Map<Long, Double> weights(List<Long> ids, List<String> texts, FormErrors errors, String number) {
        Map<Long, Double> weights = new LinkedHashMap<>();
        for (int i = 0; ids != null && texts != null && i < Math.min(ids.size(), texts.size()); i++) {
            Double w = decimal("weights." + ids.get(i), texts.get(i), errors, number);
            if (w != null) {
                weights.put(ids.get(i), w);
            }
        }
        return weights;
    }

    /** The texts the parsing needs, in the page's language. */
    public record Messages(String required, String number, String integer) {}

    private static Double decimal(String field, String text, FormErrors errors, String message) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            if (Criterion.validWeight(value)) {
                return value + 0.0;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, message);
        return null;
    }

    private static Integer integer(String field, String text, FormErrors errors, Messages messages) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, messages.integer());
            return null;
        }
    }

    /** A weight without a needless ".0" (3 rather than 3.0), as the user would type it. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
