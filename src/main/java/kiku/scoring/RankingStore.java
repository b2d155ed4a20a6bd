package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kiku.issue.IssueStatus;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CellTable;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Ranking;
import kiku.scoring.engine.ScoreSummary;
import org.hibernate.Session;

/**
 * Keeps what is derived from the scores equal to what they say: {@code issue_summary} (per scored
 * issue, each criterion's count, sum, min, max and raters: {@link ScoreSummary}; a narrow table
 * because previews and weight changes read every open issue's summary) and two columns of
 * {@code issue}, {@code total} (the engine's total under the current criteria, for open issues
 * only) and {@code unscored} (open without a total, so the backlog lists those through an index).
 *
 * <p>Why stored: a backlog page then reads one row per issue through the (total desc, id) index,
 * and no request aggregates every score of the city (or of 100,000 issues). A closed issue's total
 * is null, so "ranked and open" is just "total is not null"; whoever opens or closes an issue calls
 * {@link #recompute(long)}. A score change recomputes one issue; a criterion or weight change
 * re-totals every issue from the stored summaries ({@link #retotalAll()}); a bulk change of scores
 * or computed values (restore, demo data, a deleted or derived criterion) rebuilds everything ({@link #recomputeAll()}). All run
 * in the caller's transaction after {@link #lock()}, so they never mix old and new inputs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RankingStore {

    private static final List<String> OPEN = IssueStatus.OPEN.stream().map(Enum::name).toList();

    /** Serialises writers of scores and criteria (see the ranking_lock table). */
    public void lock() {
        em().createNativeQuery("select id from ranking_lock where id = 1 for update").getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CriterionSpec> specs() {
        return Criterion.ordered().stream().map(Criterion::spec).toList();
    }

    /** After one issue's scores, computed values, status or criteria changed. */
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
        List<CriterionSpec> specs = specs();
        Set<Long> open = openIds(issueIds);
        List<Stored> rows = new ArrayList<>();
        issueIds.forEach(id -> rows.add(Stored.of(id, byIssue.getOrDefault(id, List.of()), open, specs)));
        save(rows, true);
    }

    /** After scores or computed values changed in bulk: every summary from the tables, then every total. */
    public void recomputeAll() {
        em().flush();
        List<CriterionSpec> specs = specs();
        Set<Long> open = openIds(null);
        List<Stored> rows = new ArrayList<>();
        SummarySource.forEachIssue((id, entries) -> rows.add(Stored.of(id, entries, open, specs)));
        em().createNativeQuery("delete from issue_summary").executeUpdate();
        em().createNativeQuery("update issue set total = null, unscored = (status in (:open))")
                .setParameter("open", OPEN).executeUpdate();
        save(rows, false);
    }

    /** An issue's summary as stored (null: unchanged), and its total when it is open (else null). */
    private record Stored(long issueId, String summary, Double total, boolean open) {
        static Stored of(long id, List<ScoreSummary.Entry> entries, Set<Long> open, List<CriterionSpec> specs) {
            ScoreSummary summary = ScoreSummary.of(entries);
            boolean isOpen = open.contains(id);
            return new Stored(id, summary.encode(), isOpen ? Ranking.evaluate(id, summary.stats(), specs).total() : null,
                    isOpen);
        }

        boolean unscored() {
            return open && total == null;
        }

        /** Binds total and unscored from {@code index} on. */
        void bindRanking(PreparedStatement update, int index) throws java.sql.SQLException {
            if (total == null) {
                update.setNull(index, Types.DOUBLE);
            } else {
                update.setDouble(index, total);
            }
            update.setBoolean(index + 1, unscored());
        }
    }

    /** After criteria or weights changed (scores did not): every open total from the stored summaries. */
    public void retotalAll() {
        em().flush();
        List<CriterionSpec> specs = specs();
        // One pass over the open issues, writing only totals that changed: closed issues hold no
        // total, and H2 pays about 50 µs per updated row at national scale (docs/PERFORMANCE.md).
        List<Stored> changed = new ArrayList<>();
        Map<Long, Double> before = storedTotals();
        forEachOpen((id, summary) -> {
            Double total = Ranking.evaluate(id, summary.stats(), specs).total();
            if (!Objects.equals(total, before.get(id))) {
                changed.add(new Stored(id, null, total, true));
            }
        });
        saveTotals(changed);
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

    /** Cells of every open issue, unscored ones included (empty rows): the input of previews, sensitivity and the matrix. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CellTable openCells(Collection<CriterionSpec> criteria) {
        CellTable.Builder cells = CellTable.builder(criteria.stream().map(CriterionSpec::id).toList());
        forEachOpen((id, summary) -> cells.add(id, summary.stats()));
        return cells.build();
    }

    /**
     * Every open issue's summary in id order (the empty one for an issue without scores), streamed
     * and decoded one at a time: 90,000 of them read as one list would crowd a small server's heap.
     * The open ids come from the status index and the summaries from their narrow table, merged
     * here: a join would read every wide issue row.
     */
    private static void forEachOpen(java.util.function.BiConsumer<Long, ScoreSummary> action) {
        long[] open = openIds(null).stream().mapToLong(Long::longValue).sorted().toArray();
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(
                    "select issue_id, summary from issue_summary order by issue_id")) {
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    boolean more = rs.next();
                    for (long id : open) {
                        while (more && rs.getLong(1) < id) {
                            more = rs.next();
                        }
                        action.accept(id, more && rs.getLong(1) == id ? ScoreSummary.decode(rs.getString(2))
                                : ScoreSummary.EMPTY);
                    }
                }
            }
        });
    }

    /** Every stored total by issue id, read from the (total desc, id) index alone. */
    private static Map<Long, Double> storedTotals() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("select id, total from issue where total is not null").getResultList();
        Map<Long, Double> totals = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> totals.put(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue()));
        return totals;
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, ScoreSummary> decoded(List<?> rows) {
        Map<Long, ScoreSummary> summaries = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) rows) {
            summaries.put(((Number) r[0]).longValue(), ScoreSummary.decode((String) r[1]));
        }
        return summaries;
    }

    /** Summaries (replacing the stored ones, or into a table just emptied), totals and unscored flags. */
    private static void save(List<Stored> rows, boolean replace) {
        if (replace) {
            batch("delete from issue_summary where issue_id = ?", rows.size(),
                    (delete, i) -> delete.setLong(1, rows.get(i).issueId()));
        }
        List<Stored> scored = rows.stream().filter(r -> !r.summary().isEmpty()).toList();
        batch("insert into issue_summary (issue_id, summary) values (?, ?)", scored.size(), (insert, i) -> {
            insert.setLong(1, scored.get(i).issueId());
            insert.setString(2, scored.get(i).summary());
        });
        saveTotals(rows);
    }

    private static void saveTotals(List<Stored> rows) {
        batch("update issue set total = ?, unscored = ? where id = ?", rows.size(), (update, i) -> {
            Stored row = rows.get(i);
            row.bindRanking(update, 1);
            update.setLong(3, row.issueId());
        });
    }

    private interface Row {
        void bind(PreparedStatement update, int index) throws java.sql.SQLException;
    }

    /** One JDBC batch: fast for 100,000 issues, and a null is typed for every database. */
    private static void batch(String sql, int size, Row row) {
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

    /** The open ones of these issues, or every open issue when null. */
    private static Set<Long> openIds(Collection<Long> issueIds) {
        Query query = em().createNativeQuery("select id from issue where status in (:open)"
                + (issueIds == null ? "" : " and id in (:ids)")).setParameter("open", OPEN);
        if (issueIds != null) {
            query.setParameter("ids", issueIds);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        Set<Long> open = new HashSet<>();
        ids.forEach(id -> open.add(id.longValue()));
        return open;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
