package kiku.scoring.engine;

import java.util.List;

/**
 * The outcome of §3 for one issue: {@code total} is null when the issue is unscored (then
 * {@code missingCriterionIds} says why) or when no criterion can rank at all (then the list is empty).
 */
public record Evaluation(long issueId, Double total, List<Long> missingCriterionIds, boolean disputed) {

    public Evaluation {
        missingCriterionIds = List.copyOf(missingCriterionIds);
    }

    public boolean ranked() {
        return total != null;
    }
}
