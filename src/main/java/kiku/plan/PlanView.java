package kiku.plan;

import java.util.List;
import kiku.issue.IssueStatus;
import kiku.plan.engine.FiscalYear;

/**
 * One fiscal year's plan: its issues by half (上期, 下期, then those whose half is not decided, {@code half} null),
 * their estimated cost and effort against the year's capacity. Issues without an estimate add nothing to the sums
 * and are counted in {@code withoutEstimates}, so a plan that looks affordable says how much is still unknown.
 */
public record PlanView(
        int fiscalYear,
        CapacityDto capacity,
        List<HalfPlan> halves,
        long costYen,
        double effortHours,
        int withoutEstimates,
        boolean overBudget,
        boolean overStaffHours) {

    public record HalfPlan(FiscalYear.Half half, List<PlannedIssue> issues, long costYen, double effortHours) {}

    /** {@code rank} and {@code total} are null when the issue is not ranked (closed, or not fully scored). */
    public record PlannedIssue(long issueId, String title, IssueStatus status, Integer rank, Double total,
                               Long estimatedCostYen, Double effortHours) {}

    /** The year's cost as a share of its budget (0 without capacity): the length of the page's bar. */
    public double budgetShare() {
        return capacity == null || capacity.budgetYen() == 0 ? (costYen > 0 ? 1 : 0)
                : (double) costYen / capacity.budgetYen();
    }

    public double hoursShare() {
        return capacity == null || capacity.staffHours() == 0 ? (effortHours > 0 ? 1 : 0)
                : effortHours / capacity.staffHours();
    }

    public int issueCount() {
        return halves.stream().mapToInt(h -> h.issues().size()).sum();
    }
}
