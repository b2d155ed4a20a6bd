package kiku.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiku.issue.Backing;
import kiku.issue.IssueLinks;
import kiku.issue.IssueStatus;
import kiku.scoring.RankingStore;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Ranking;
import kiku.scoring.engine.ScoreSummary;

/**
 * Turns ranked (rank, issue, total) triples into backlog items with titles, departments, means,
 * raters and disputed flags: a fixed number of queries per page, whatever its size.
 */
@ApplicationScoped
class BacklogRows {

    static final List<String> OPEN = IssueStatus.OPEN.stream().map(Enum::name).toList();

    @Inject
    RankingStore ranking;

    List<BacklogView.Item> items(List<Ranking.RankedItem> ranked, List<CriterionSpec> rankingCriteria) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ranked.stream().map(Ranking.RankedItem::issueId).toList();
        Map<Long, Object[]> info = titles(ids);
        Map<Long, List<Long>> departments = IssueLinks.departmentIds(ids);
        List<Long> criterionIds = rankingCriteria.stream().map(CriterionSpec::id).toList();
        Map<Long, Backing> backing = Backing.of(ids, departments);
        List<BacklogView.Item> items = new ArrayList<>(ranked.size());
        for (Ranking.RankedItem r : ranked) {
            Object[] row = info.get(r.issueId());
            ScoreSummary summary = ScoreSummary.decode((String) row[3]);
            Map<Long, CellStats> issueCells = summary.stats();
            Map<String, Double> means = new LinkedHashMap<>();
            boolean disputed = false;
            for (CriterionSpec c : rankingCriteria) {
                CellStats cell = issueCells.get(c.id());
                if (cell != null) {
                    means.put(String.valueOf(c.id()), cell.mean());
                    disputed |= cell.disputedOn(c);
                }
            }
            items.add(new BacklogView.Item(r.rank(), r.issueId(), (String) row[1], r.total(),
                    IssueStatus.valueOf((String) row[2]), departments.getOrDefault(r.issueId(), List.of()), means,
                    summary.raterCount(criterionIds), disputed, r.rank(), null,
                    backing.getOrDefault(r.issueId(), Backing.NONE).departments(),
                    backing.getOrDefault(r.issueId(), Backing.NONE).hearings()));
        }
        return items;
    }

    /** The filtered open issues that are not ranked, with the ranking criteria they lack. */
    List<BacklogView.Unscored> unscored(List<Long> issueIds, Map<Long, String> titles,
                                        List<CriterionSpec> rankingCriteria, boolean rankable) {
        Map<Long, Map<Long, CellStats>> cells = rankable ? ranking.cells(issueIds) : Map.of();
        List<BacklogView.Unscored> unscored = new ArrayList<>(issueIds.size());
        for (Long id : issueIds) {
            Map<Long, CellStats> issueCells = cells.getOrDefault(id, Map.of());
            List<Long> missing = rankable
                    ? rankingCriteria.stream().map(CriterionSpec::id).filter(c -> !issueCells.containsKey(c)).toList()
                    : List.of();
            unscored.add(new BacklogView.Unscored(id, titles.get(id), missing));
        }
        return unscored;
    }

    private static Map<Long, Object[]> titles(Collection<Long> ids) {
        Map<Long, Object[]> info = new HashMap<>();
        for (Object[] row : rows("select i.id, i.title, i.status, s.summary from issue i"
                + " left join issue_summary s on s.issue_id = i.id where i.id in (:ids)", ids)) {
            info.put(((Number) row[0]).longValue(), row);
        }
        return info;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Collection<Long> ids) {
        return em().createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
