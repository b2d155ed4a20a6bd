package kiku.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiku.backlog.BacklogService;
import kiku.backlog.BacklogView;
import kiku.issue.IssueFilter;

/** The city-wide backlog positions the plan shows and the suggestion starts from (SCORING.md §4). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanRanks {

    public record Position(int rank, double total) {}

    @Inject
    BacklogService backlog;

    /** Every ranked open issue in rank order (ties by id); empty when nothing is rankable. */
    public List<BacklogView.Item> inRankOrder() {
        return backlog.allRanked(IssueFilter.NONE);
    }

    /** Issue id to rank and total, in rank order. */
    public Map<Long, Position> positions() {
        Map<Long, Position> positions = new LinkedHashMap<>();
        inRankOrder().forEach(item -> positions.put(item.issueId(), new Position(item.rank(), item.total())));
        return positions;
    }
}
