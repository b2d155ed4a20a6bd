package kiku.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiku.issue.Issue;
import kiku.issue.IssueStatus;
import kiku.scoring.engine.CellStats;
import kiku.web.Paging;
import kiku.web.Problem;

/**
 * The scoring sheet: open issues × active criteria for one rater, with the rater's own values
 * and, where blind scoring allows it, everybody's means. Saving goes through {@link ScoreService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScoringSheetService {

    /** One cell: the rater's own value, and the mean and count of all raters (null while hidden). */
    public record Cell(long criterionId, Integer own, Double mean, Integer count) {}

    /** {@code complete}: the rater scored every active scored criterion; {@code revealed}: others' scores may be shown. */
    public record Row(long issueId, String title, List<Long> departmentIds, List<Cell> cells, boolean complete,
                      boolean revealed) {}

    /** One page of rows; {@code scored} / {@code total}: the rater's progress over every open issue. */
    public record Sheet(List<Criterion> criteria, Paging.Result<Row> rows, int scored, int total) {}

    @Inject
    RankingStore ranking;

    @Inject
    ScoreService scores;

    public static List<Criterion> activeCriteria() {
        return Criterion.list("active = true order by position, id");
    }

    /** {@code blind}: the viewer is a rater, so others' scores stay hidden until the row is complete. */
    public Sheet sheet(String rater, boolean blind, boolean onlyUnscored, Paging paging) {
        List<Criterion> criteria = activeCriteria();
        List<Long> open = Issue.getEntityManager().createQuery("select i.id from Issue i where i.status in :open"
                + " order by i.id desc", Long.class).setParameter("open", IssueStatus.OPEN).getResultList();
        Set<Long> done = new HashSet<>(completedIssueIds(rater));
        List<Long> listed = onlyUnscored ? open.stream().filter(id -> !done.contains(id)).toList() : open;
        // newest first: fresh issues from the latest hearings are the ones waiting for scores;
        // only the page's rows are read in full, since a city's sheet has a thousand issues
        Paging.Result<Long> window = paging.slice(listed);
        List<Issue> issues = window.items().isEmpty() ? List.of() : Issue.list("id in ?1 order by id desc", window.items());
        Paging.Result<Row> rows = new Paging.Result<>(rows(issues, criteria, rater, blind), window.page(),
                window.size(), window.totalItems());
        return new Sheet(criteria, rows, (int) open.stream().filter(done::contains).count(), open.size());
    }

    /** One issue's row, e.g. after it was saved. */
    public Row row(long issueId, String rater, boolean blind) {
        Issue issue = Issue.findById(issueId);
        if (issue == null) {
            throw Problem.notFound("issue", issueId);
        }
        return rows(List.of(issue), activeCriteria(), rater, blind).get(0);
    }

    /** How many open issues the rater has scored on every active criterion, and how many there are. */
    public int[] progress(String rater) {
        long active = scoredCount();
        long total = Issue.count("status in ?1", IssueStatus.OPEN);
        long scored = Issue.getEntityManager().createQuery("select count(i) from Issue i where i.status in :open and"
                + " (select count(s) from Score s, Criterion c where s.issueId = i.id and s.rater = :rater"
                + " and c.id = s.criterionId and c.active = true and c.source = :scored) = :active", Long.class)
                .setParameter("open", IssueStatus.OPEN).setParameter("rater", rater).setParameter("active", active)
                .setParameter("scored", CriterionSource.SCORED).getSingleResult();
        return new int[] {(int) scored, (int) total};
    }

    /** Every issue the rater has scored on every active criterion (derived ones are computed, so they count as done). */
    public List<Long> completedIssueIds(String rater) {
        return Score.getEntityManager().createQuery("select s.issueId from Score s, Criterion c where s.rater = :r"
                + " and c.id = s.criterionId and c.active = true and c.source = :scored group by s.issueId"
                + " having count(s) >= :active", Long.class).setParameter("r", rater)
                .setParameter("scored", CriterionSource.SCORED).setParameter("active", scoredCount()).getResultList();
    }

    /** The active criteria raters score (not the derived ones). */
    private static long scoredCount() {
        return Criterion.count("active = true and source = ?1", CriterionSource.SCORED);
    }

    /** What one row of the sheet changes: values to save, criteria whose score the rater removed. */
    public record RowChange(Map<Long, Integer> values, Collection<Long> cleared) {}

    /**
     * Saves the rows in one transaction, so a sheet is saved whole or not at all. Issues deleted
     * since the sheet was read are skipped and returned.
     */
    @Transactional
    public List<Long> saveRows(String rater, Map<Long, RowChange> rows) {
        Set<Long> present = new HashSet<>(Issue.getEntityManager()
                .createQuery("select i.id from Issue i where i.id in :ids", Long.class)
                .setParameter("ids", rows.keySet()).getResultList());
        List<Long> gone = new ArrayList<>();
        rows.forEach((issueId, row) -> {
            if (!present.contains(issueId)) {
                gone.add(issueId);
                return;
            }
            for (Long criterionId : row.cleared()) {
                scores.delete(issueId, rater, criterionId);
            }
            if (!row.values().isEmpty()) {
                List<ScoreService.ScoreInput> inputs = new ArrayList<>();
                row.values().forEach((criterionId, value) -> inputs.add(new ScoreService.ScoreInput(criterionId, value, null)));
                scores.write(issueId, rater, inputs);
            }
        });
        return gone;
    }

    /** The rater's own values by issue and criterion. */
    public Map<Long, Map<Long, Integer>> own(String rater, Collection<Long> issueIds) {
        Map<Long, Map<Long, Integer>> own = new HashMap<>();
        if (!issueIds.isEmpty()) {
            for (Score s : Score.<Score>list("rater = ?1 and issueId in ?2", rater, issueIds)) {
                own.computeIfAbsent(s.issueId, k -> new HashMap<>()).put(s.criterionId, s.value);
            }
        }
        return own;
    }

    private List<Row> rows(List<Issue> issues, List<Criterion> criteria, String rater, boolean blind) {
        List<Long> ids = issues.stream().map(i -> i.id).toList();
        Map<Long, Map<Long, Integer>> own = own(rater, ids);
        Map<Long, Map<Long, CellStats>> cells = ranking.cells(ids);
        Map<Long, List<Long>> departments = kiku.issue.IssueLinks.departmentIds(ids);
        List<Row> rows = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            Map<Long, Integer> mine = own.getOrDefault(issue.id, Map.of());
            Map<Long, CellStats> all = cells.getOrDefault(issue.id, Map.of());
            boolean complete = criteria.stream().allMatch(c -> c.isDerived() || mine.containsKey(c.id));
            boolean revealed = !blind || complete;
            List<Cell> row = criteria.stream().map(c -> {
                // a computed value is nobody's judgement, so blind scoring does not hide it
                CellStats stats = revealed || c.isDerived() ? all.get(c.id) : null;
                return new Cell(c.id, mine.get(c.id), stats == null ? null : stats.mean(),
                        stats == null ? null : stats.count());
            }).toList();
            List<Long> from = departments.getOrDefault(issue.id, List.of());
            rows.add(new Row(issue.id, issue.title, from, row, complete, revealed));
        }
        return rows;
    }

    /** Departments of many issues in one query (the entity's collection would cost one query per issue). */
}
