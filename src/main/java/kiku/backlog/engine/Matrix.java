package kiku.backlog.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Direction;
import kiku.scoring.engine.Ranking;

/**
 * The value–effort matrix: two composites of the same normalised means the total uses (SCORING.md
 * §3, {@link Ranking#normalized}), each a weighted mean over one kind of ranking criterion.
 *
 * <ul>
 *   <li>value (y) = Σ w·u over BENEFIT criteria / Σ w, 0..1, higher is more value;</li>
 *   <li>effort (x) = Σ w·(1 − u) over COST criteria / Σ w, 0..1, higher is more effort (u of a
 *       COST criterion is already flipped so that 1 is best, hence 1 − u).</li>
 * </ul>
 * An axis without criteria of its kind, or an issue missing a cell on it, has no value (null).
 */
public final class Matrix {

    /** The midpoint of both axes splits the matrix into its four quadrants. */
    public static final double MIDDLE = 0.5;

    public enum Quadrant {
        /** High value, low effort. */
        QUICK_WIN,
        /** High value, high effort. */
        MAJOR_PROJECT,
        /** Low value, low effort. */
        FILL_IN,
        /** Low value, high effort. */
        RECONSIDER
    }

    private Matrix() {}

    /** The value composite of one issue, or null. */
    public static Double value(Map<Long, CellStats> cells, Collection<CriterionSpec> all) {
        return composite(cells, all, Direction.BENEFIT);
    }

    /** The effort composite of one issue, or null. */
    public static Double effort(Map<Long, CellStats> cells, Collection<CriterionSpec> all) {
        Double u = composite(cells, all, Direction.COST);
        return u == null ? null : 1 - u;
    }

    /** Ties on the middle go to the kinder side: value 0.5 counts as high, effort 0.5 as low. */
    public static Quadrant quadrant(double value, double effort) {
        boolean high = value >= MIDDLE;
        boolean easy = effort <= MIDDLE;
        return high ? (easy ? Quadrant.QUICK_WIN : Quadrant.MAJOR_PROJECT) : (easy ? Quadrant.FILL_IN : Quadrant.RECONSIDER);
    }

    /** Σ w·u / Σ w over the ranking criteria of one direction (u as in the total: 1 is best). */
    private static Double composite(Map<Long, CellStats> cells, Collection<CriterionSpec> all, Direction direction) {
        List<CriterionSpec> axis = Ranking.rankingCriteria(all).stream().filter(c -> c.direction() == direction).toList();
        double weights = 0;
        double weighted = 0;
        for (CriterionSpec c : axis) {
            CellStats cell = cells.get(c.id());
            if (cell == null) {
                return null;
            }
            weights += c.weight();
            weighted += c.weight() * Ranking.normalized(cell, c);
        }
        return weights > 0 ? weighted / weights : null;
    }
}
