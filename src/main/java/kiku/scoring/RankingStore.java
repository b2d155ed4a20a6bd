package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.issue.IssueStatus;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Evaluation;
import kiku.scoring.engine.Ranking;
import org.hibernate.Session;

/**
 * Keeps {@code issue.total} equal to the engine's total for the current criteria and scores.
 *
 * <p>Why stored totals: the backlog then pages over an indexed column, and no request has to
 * aggregate every score of the city (or of 100,000 issues). A score change recomputes one issue;
 * a criterion change recomputes all of them in one grouped query and one batch update. Both run
 * in the caller's transaction after {@link #lock()}, so totals never mix old and new inputs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RankingStore {

    private static final String STATS = "select s.issue_id, s.criterion_id, count(*), sum(s.score_value),"
            + " min(s.score_value), max(s.score_value) from score s";

    /**
     * A derived criterion's computed value, one per cell, in the same shape. Read apart and added
     * in Java rather than unioned in SQL: H2 materialises a union before grouping, which doubled
     * the time of the all-issues read at 100,000 issues (3 s to 6 s).
     */
    private static final String DERIVED = "select s.issue_id, s.criterion_id, 1, s.score_value, s.score_value,"
            + " s.score_value from derived_score s";

    /** Serialises writers of scores and criteria (see the ranking_lock table). */
    public void lock() {
        em().createNativeQuery("select id from ranking_lock where id = 1 for update").getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CriterionSpec> specs() {
        return Criterion.ordered().stream().map(Criterion::spec).toList();
    }

    public void recompute(long issueId) {
        recompute(List.of(issueId));
    }

    /** The totals of a few issues, e.g. those whose derived values changed with a hearing's department. */
    public void recompute(Collection<Long> issueIds) {
        List<CriterionSpec> specs = specs();
        Map<Long, Map<Long, CellStats>> cells = cells(issueIds);
        writeTotals(issueIds.stream().map(id -> Ranking.evaluate(id, cells.getOrDefault(id, Map.of()), specs)).toList());
    }

    public void recomputeAll() {
        List<CriterionSpec> specs = specs();
        Map<Long, Map<Long, CellStats>> all = cells(null);
        em().flush();
        em().createNativeQuery("update issue set total = null where total is not null").executeUpdate();
        List<Evaluation> ranked = all.entrySet().stream()
                .map(entry -> Ranking.evaluate(entry.getKey(), entry.getValue(), specs))
                .filter(Evaluation::ranked).toList();
        writeTotals(ranked);
    }

    /** One JDBC batch: fast for 100,000 issues, and a null total is typed for every database. */
    private static void writeTotals(List<Evaluation> evaluations) {
        em().flush();
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update issue set total = ? where id = ?")) {
                int pending = 0;
                for (Evaluation e : evaluations) {
                    if (e.total() == null) {
                        update.setNull(1, Types.DOUBLE);
                    } else {
                        update.setDouble(1, e.total());
                    }
                    update.setLong(2, e.issueId());
                    update.addBatch();
                    if (++pending % 1000 == 0) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
        });
    }

    /**
     * Per issue and criterion: count, mean, min and max of the raters' values (a derived
     * criterion's computed value counts as one value); all issues when ids is null.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<Long, CellStats>> cells(Collection<Long> issueIds) {
        if (issueIds == null) {
            return read("", "", null, null);
        }
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        return read("", " where s.issue_id in (:ids)", "ids", issueIds);
    }

    /** Cells of every open issue, unscored ones included (empty): the input of previews and snapshots. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<Long, CellStats>> openCells() {
        List<String> open = IssueStatus.OPEN.stream().map(Enum::name).toList();
        Map<Long, Map<Long, CellStats>> cells = read(" join issue i on i.id = s.issue_id", " where i.status in (:open)",
                "open", open);
        @SuppressWarnings("unchecked")
        List<Long> ids = em().createNativeQuery("select i.id from issue i where i.status in (:open)", Long.class)
                .setParameter("open", open).getResultList();
        ids.forEach(id -> cells.computeIfAbsent(id, k -> new HashMap<>()));
        return cells;
    }

    /** Raters' scores grouped per cell, plus computed values, with the same join and filter for both. */
    private static Map<Long, Map<Long, CellStats>> read(String join, String where, String param, Object value) {
        Map<Long, Map<Long, CellStats>> cells = new HashMap<>();
        for (String sql : List.of(STATS + join + where + " group by s.issue_id, s.criterion_id", DERIVED + join + where)) {
            Query query = em().createNativeQuery(sql);
            if (param != null) {
                query.setParameter(param, value);
            }
            stats(query, cells);
        }
        return cells;
    }

    private static void stats(Query query, Map<Long, Map<Long, CellStats>> cells) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            int count = ((Number) row[2]).intValue();
            double mean = ((Number) row[3]).doubleValue() / count;
            cells.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>()).merge(((Number) row[1]).longValue(),
                    new CellStats(count, mean, ((Number) row[4]).intValue(), ((Number) row[5]).intValue()),
                    RankingStore::combine);
        }
    }

    /** Never needed while people cannot score a derived criterion, but a cell must not lose values. */
    private static CellStats combine(CellStats a, CellStats b) {
        int count = a.count() + b.count();
        return new CellStats(count, (a.mean() * a.count() + b.mean() * b.count()) / count, Math.min(a.min(), b.min()),
                Math.max(a.max(), b.max()));
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
