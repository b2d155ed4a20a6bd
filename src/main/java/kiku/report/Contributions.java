package kiku.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Direction;

/**
 * How much each ranking criterion adds to an issue's total (SCORING.md §3): w(c)·u(i,c)/W·100.
 * The parts of a ranked issue add up to its total, which is what lets the report explain a
 * position criterion by criterion. Pure Java, like the scoring engine.
 */
public final class Contributions {

    /** {@code points}: the criterion's part of the total; {@code max}: the most it could add (its share × 100). */
    public record Part(long criterionId, double points, double max) {

        /** The part as a fraction of 100, for bars drawn 100 wide. */
        public double fraction() {
            return points / 100;
        }

        public double maxFraction() {
            return max / 100;
        }
    }

    private Contributions() {}

    /** {@code ranking}: the ranking criteria; {@code means}: the mean per criterion id (as text keys). */
    public static List<Part> of(List<CriterionSpec> ranking, Map<String, Double> means) {
        double total = ranking.stream().mapToDouble(CriterionSpec::weight).sum();
        List<Part> parts = new ArrayList<>(ranking.size());
        if (!(total > 0)) {
            return parts;
        }
        for (CriterionSpec c : ranking) {
            Double mean = means.get(String.valueOf(c.id()));
            double range = c.maxScore() - c.minScore();
            double u = mean == null ? 0
                    : c.direction() == Direction.COST ? (c.maxScore() - mean) / range : (mean - c.minScore()) / range;
            parts.add(new Part(c.id(), 100 * c.weight() * u / total, 100 * c.weight() / total));
        }
        return parts;
    }
}
