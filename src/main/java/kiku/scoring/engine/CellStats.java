package kiku.scoring.engine;

/** The raters' scores for one (issue, criterion) cell, reduced to what §2 and §3 use. */
public record CellStats(int count, double mean, int min, int max) {

    public CellStats {
        // A cell only exists once somebody has scored it; an empty cell is "missing", not zero.
        if (count < 1) {
            throw new IllegalArgumentException("a cell needs at least one score, got count " + count);
        }
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }

    public static CellStats of(int... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("a cell needs at least one score");
        }
        long sum = 0; // long: many raters times large scale values must not overflow
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new CellStats(values.length, (double) sum / values.length, min, max);
    }

    public int spread() {
        return max - min;
    }

    /** Raters disagree by at least half the scale; "at least" so that 1 vs 3 on a 1..5 scale counts. */
    public boolean disputedOn(CriterionSpec c) {
        return spread() >= (c.maxScore() - c.minScore()) / 2.0;
    }
}
