package kiku.scoring.engine;

/**
 * What the ranking needs to know about a criterion (SCORING.md §1), detached from the entity so the rules can be
 * tested without a database.
 */
public record CriterionSpec(long id, double weight, int minScore, int maxScore, Direction direction, boolean active) {

    public CriterionSpec {
        // Bad values would divide by zero or flip signs silently, so they are refused here, not in each rule.
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException(
                    "weight of criterion " + id + " must be a finite number >= 0, got " + weight);
        }
        if (minScore >= maxScore) {
            throw new IllegalArgumentException(
                    "criterion " + id + " needs minScore < maxScore, got " + minScore + ".." + maxScore);
        }
        if (direction == null) {
            throw new IllegalArgumentException("criterion " + id + " needs a direction");
        }
    }

    /** Only active criteria with a positive weight take part in ranking. */
    public boolean isRanking() {
        return active && weight > 0;
    }

    public CriterionSpec withWeight(double w) {
        return new CriterionSpec(id, w, minScore, maxScore, direction, active);
    }
}
