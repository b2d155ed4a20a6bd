package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import java.util.stream.LongStream;
import kiku.issue.IssueStatus;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CellTable;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.ScoreSummary;
import org.hibernate.Session;

/**
 * Keeps what is derived from the scores equal to what they say: {@code issue_summary} (per scored
 * issue, each criterion's count, sum, min, max and raters: {@link ScoreSummary}; a narrow table
 * because rankings, previews and the matrix read every open issue's summary), and, through
 * {@link RankingLog}, the ranking's version with the issues each change touched, from which every
 * instance's {@link LiveRanking} knows what to rank again.
 *
 * <p>A score change recomputes one issue's summary; a bulk change of scores or computed values
 * (restore, demo data, a deleted or derived criterion) rebuilds every summary
 * ({@link #recomputeAll()}); a criterion or weight change writes no summary at all
 * ({@link #retotalAll()}). Whoever opens, closes, creates or deletes an issue calls
 * {@link #recompute(long)}, so the ranking learns it is listed or gone. All run in the caller's
 * transaction after {@link #lock()}, so they never mix old and new inputs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RankingStore {

    private static final List<String> OPEN = IssueStatus.OPEN.stream().map(Enum::name).toList();

    @Inject
    RankingLog log;

    /** Serialises writers of scores and criteria, issues, hearings and departments (see the ranking_lock table). */
    public void lock() {
        em().createNativeQuery("select id from ranking_lock where id = 1 for update").getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CriterionSpec> specs() {
        return Criterion.ordered().stream().map(Criterion::spec).toList();
    }

    /** After one issue's scores, computed values or status changed, or it was created or deleted. */
    public void recompute(long issueId) {
        recompute(List.of(issueId));
    }

    /** After a few issues' scores or computed values changed, e.g. with a hearing's department. */
    public void recompute(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        em().flush();
        Map<Long, List<ScoreSummary.Entry>> byIssue = SummarySource.of(issueIds);
        List<Summary> rows = new ArrayList<>();
        issueIds.forEach(id -> rows.add(Summary.of(id, byIssue.getOrDefault(id, List.of()))));
        batch("delete from issue_summary where issue_id = ?", rows.size(),
                (delete, i) -> delete.setLong(1, rows.get(i).issueId()));
        insert(rows);
        log.changed(issueIds);
    }

    /** After scores or computed values changed in bulk: every summary from the tables, then every total. */
    public void recomputeAll() {
        em().flush();
        List<Summary> rows = new ArrayList<>();
        SummarySource.forEachIssue((id, entries) -> rows.add(Summary.of(id, entries)));
        em().createNativeQuery("delete from issue_summary").executeUpdate();
        insert(rows);
        log.changedAll();
    }

    /** After criteria or weights changed (scores did not): every total, which no table stores. */
    public void retotalAll() {
        em().flush();
        log.changedAll();
    }

    private record Summary(long issueId, String summary) {
        static Summary of(long id, List<ScoreSummary.Entry> entries) {
            return new Summary(id, ScoreSummary.of(entries).encode());
        }
    }

    /** The stored score summaries of these issues (an issue without scores has none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ScoreSummary> summaries(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        return decoded(em().createNativeQuery("select issue_id, summary from issue_summary where issue_id in (:ids)")
                .setParameter("ids", issueIds).getResultList());
    }

    /** Per issue and criterion: count, mean, min and max of the raters' values. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<Long, CellStats>> cells(Collection<Long> issueIds) {
        Map<Long, Map<Long, CellStats>> cells = new HashMap<>();
        summaries(issueIds).forEach((id, summary) -> {
            Map<Long, CellStats> stats = summary.stats();
            if (!stats.isEmpty()) {
                cells.put(id, stats);
            }
        });
        return cells;
    }

    /** The summaries of those of these issues that are open (the empty one for an issue without scores). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ScoreSummary> openSummaries(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ScoreSummary> stored = summaries(issueIds);
        Map<Long, ScoreSummary> open = new HashMap<>();
        openIds(issueIds).forEach(id -> open.put(id, stored.getOrDefault(id, ScoreSummary.EMPTY)));
        return open;
    }

    /** Cells of every open issue, unscored ones included (empty rows): the input of rankings, previews, sensitivity and the matrix. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CellTable openCells(Collection<CriterionSpec> criteria) {
        CellTable.Builder cells = CellTable.builder(criteria.stream().map(CriterionSpec::id).toList());
        forEachOpen((summary, id) -> cells.add(id, summary));
        return cells.build();
    }

    /**
     * Every open issue's stored summary text in id order (null for an issue without scores), read
     * with plain JDBC and streamed: 90,000 of them through Hibernate, or read as one list, cost a
     * small server most of a second and much of its heap. The open ids come from the status index
     * and the summaries from their narrow table, merged here: a join would read every wide issue row.
     */
    private static void forEachOpen(ObjLongConsumer<String> action) {
        em().unwrap(Session.class).doWork(connection -> {
            LongStream.Builder openIds = LongStream.builder();
            try (PreparedStatement read = connection.prepareStatement("select id from issue where status in ("
                    + String.join(", ", OPEN.stream().map(status -> "'" + status + "'").toList()) + ")")) {
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        openIds.add(rs.getLong(1));
                    }
                }
            }
            long[] open = openIds.build().sorted().toArray();
            try (PreparedStatement read = connection.prepareStatement(
                    "select issue_id, summary from issue_summary order by issue_id")) {
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    boolean more = rs.next();
                    for (long id : open) {
                        while (more && rs.getLong(1) < id) {
                            more = rs.next();
                        }
                        action.accept(more && rs.getLong(1) == id ? rs.getString(2) : null, id);
                    }
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, ScoreSummary> decoded(List<?> rows) {
        Map<Long, ScoreSummary> summaries = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) rows) {
            summaries.put(((Number) r[0]).longValue(), ScoreSummary.decode((String) r[1]));
        }
        return summaries;
    }

    /** Summaries of issues with scores or computed values; the empty one is no row. */
    private static void insert(List<Summary> rows) {
        List<Summary> scored = rows.stream().filter(r -> !r.summary().isEmpty()).toList();
        batch("insert into issue_summary (issue_id, summary) values (?, ?)", scored.size(), (insert, i) -> {
            insert.setLong(1, scored.get(i).issueId());
            insert.setString(2, scored.get(i).summary());
        });
    }


    interface Row {
        void bind(PreparedStatement update, int index) throws java.sql.SQLException;
    }

    /** One JDBC batch: fast for 100,000 issues, and a null is typed for every database. */
    static void batch(String sql, int size, Row row) {
        em().flush();
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < size; i++) {
                    row.bind(update, i);
                    update.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
        });
    }

    /** The open ones of these issues. */
    private static Set<Long> openIds(Collection<Long> issueIds) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em().createNativeQuery("select id from issue where status in (:open) and id in (:ids)")
                .setParameter("open", OPEN).setParameter("ids", issueIds).getResultList();
        Set<Long> open = new HashSet<>();
        ids.forEach(id -> open.add(id.longValue()));
        return open;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
