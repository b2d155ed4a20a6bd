package kiku.backlog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import kiku.issue.IssueStatus;
import kiku.scoring.engine.Direction;

/** The backlog answer of the API contract; the preview adds a rank change to each item. */
public record BacklogView(
        boolean rankable,
        String message,
        List<CriterionShare> criteria,
        long totalRanked,
        int page,
        int size,
        long totalItems,
        List<?> items,
        List<Unscored> unscored) {

    public record CriterionShare(long id, String name, double weight, double share, Direction direction) {}

    /**
     * {@code rank} is the backlog's order, after managers' overrides; {@code computedRank} the rank
     * from the scores alone (SCORING.md §4); {@code override} null unless the issue was placed by hand.
     */
    public record Item(int rank, long issueId, String title, double total, IssueStatus status, List<Long> departmentIds,
                       Map<String, Double> means, int raters, boolean disputed, int computedRank, Override override,
                       int departmentCount, int hearingCount) {

        public Item withOverride(int computedRank, Override override) {
            return new Item(rank, issueId, title, total, status, departmentIds, means, raters, disputed, computedRank,
                    override, departmentCount, hearingCount);
        }

        public Double mean(long criterionId) {
            return means.get(String.valueOf(criterionId));
        }

        /**
         * The means in the order of {@code criteria}, each with its issue: the /backlog table's cells.
         * A loop over these finds every name at its own level; one over the criteria looked the item
         * up through all of Qute's value resolvers in each cell (docs/PERFORMANCE.md).
         */
        public List<Cell> cells(List<CriterionShare> criteria) {
            return criteria.stream().map(c -> new Cell(issueId, mean(c.id()))).toList();
        }
    }

    public record Cell(long issueId, Double mean) {}

    /** Why the issue stands where it does: directly above or below another issue. */
    public record Override(Long above, Long below, String reason) {}

    public record PreviewItem(@JsonUnwrapped Item item, Integer currentRank, Integer rankChange) {}

    public record Unscored(long issueId, String title, List<Long> missingCriterionIds) {}

    @SuppressWarnings("unchecked")
    public List<Item> rankedItems() {
        return items.stream().map(i -> i instanceof PreviewItem p ? p.item() : (Item) i).toList();
    }
}
