package kiku.plan;

import java.util.List;

/**
 * "Suggest" for one fiscal year: the exact knapsack set beside the plain rank-order cut.
 *
 * <p>Candidates are the open ranked issues with both estimates that are not planned into another fiscal year, in
 * rank order. Ranked issues without an estimate, or planned elsewhere, are listed in {@code excluded} with the reason.
 * The rank-order plan takes candidates in rank order while they fit and stops at the first that does not: that issue
 * is the {@code cutLine}. {@code takenInstead} are the knapsack's issues below the cut line; {@code leftOut} the
 * rank-order issues the knapsack does not take. {@code exact} is false only when the search hit its node budget.
 */
public record Suggestion(
        int fiscalYear,
        CapacityDto capacity,
        Choice knapsack,
        Choice rankOrder,
        boolean exact,
        CutLine cutLine,
        List<Long> takenInstead,
        List<Long> leftOut,
        List<Candidate> candidates,
        List<Excluded> excluded,
        String explanation) {

    /** Excluded because an estimate is missing, or because the issue is planned into another fiscal year. */
    public enum Reason { MISSING_ESTIMATE, PLANNED_OTHER_YEAR }

    /** The capacity the cut-line issue would have exceeded. */
    public enum Limit { BUDGET, STAFF_HOURS }

    public record Choice(List<Long> issueIds, double totalScore, long costYen, double effortHours) {}

    public record Candidate(long issueId, String title, int rank, double total, long estimatedCostYen,
                            double effortHours, boolean inKnapsack, boolean inRankOrder) {}

    /** The first candidate in rank order that did not fit, what it needs and what was left when it came. */
    public record CutLine(long issueId, String title, int rank, List<Limit> exceeded, long estimatedCostYen,
                          double effortHours, long budgetLeftYen, double staffHoursLeft) {}

    public record Excluded(long issueId, String title, int rank, Reason reason) {}

    /** Points the knapsack gains over rank order; never negative when exact (rank order is one of the sets it weighs). */
    public double gain() {
        return knapsack.totalScore() - rankOrder.totalScore();
    }

    /** Whether the cut line falls on this issue: the page marks its row. */
    public boolean cutAt(long issueId) {
        return cutLine != null && cutLine.issueId() == issueId;
    }
}
