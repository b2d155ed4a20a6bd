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
import java.util.Collections;
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
 * Keeps three derived columns of {@code issue} equal to what the scores say: {@code score_summary}
 * (each criterion's count, sum, min, max and raters: {@link ScoreSummary}), {@code total} (the
 * engine's total under the current criteria, for open issues only) and {@code unscored} (open
 * without a total, so the backlog lists those through an index).
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
        save(rows);
    }

    /** After scores or computed values changed in bulk: every summary from the tables, then every total. */
    public void recomputeAll() {
        em().flush();
        List<CriterionSpec> specs = specs();
        Set<Long> open = openIds(null);
        List<Stored> rows = new ArrayList<>();
        SummarySource.forEachIssue((id, entries) -> rows.add(Stored.of(id, entries, open, specs)));
        em().createNativeQuery("update issue set score_summary = '', total = null, unscored = (status in (:open))")
                .setParameter("open", OPEN).executeUpdate();
        save(rows);
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
        forEachOpen((id, summary, before) -> {
            Double total = Ranking.evaluate(id, summary.stats(), specs).total();
            if (!Objects.equals(total, before)) {
                changed.add(new Stored(id, null, total, true));
            }
        });
        batch("update issue set total = ?, unscored = ? where id = ?", changed.size(), (update, i) -> {
            Stored row = changed.get(i);
            row.bindRanking(update, 1);
            update.setLong(3, row.issueId());
        });
    }

    /** The stored score summaries of these issues (an issue without scores has an empty one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ScoreSummary> summaries(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        return decoded(em().createNativeQuery("select id, score_summary from issue where id in (:ids)")
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
        forEachOpen((id, summary, total) -> cells.add(id, summary.stats()));
        return cells.build();
    }

    private interface OpenIssue {
        void accept(long id, ScoreSummary summary, Double total);
    }

    /**
     * Every open issue's summary and total in id order, streamed and decoded one at a time: 90,000
     * of them read as one list would crowd a small server's heap.
     */
    private static void forEachOpen(OpenIssue action) {
        String marks = String.join(", ", Collections.nCopies(OPEN.size(), "?"));
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select id, score_summary, total from issue"
                    + " where status in (" + marks + ") order by id")) {
                for (int i = 0; i < OPEN.size(); i++) {
                    read.setString(i + 1, OPEN.get(i));
                }
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        double total = rs.getDouble(3);
                        action.accept(rs.getLong(1), ScoreSummary.decode(rs.getString(2)), rs.wasNull() ? null : total);
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

    private static void save(List<Stored> rows) {
        batch("update issue set score_summary = ?, total = ?, unscored = ? where id = ?", rows.size(), (update, i) -> {
            Stored row = rows.get(i);
            update.setString(1, row.summary());
            row.bindRanking(update, 2);
            update.setLong(4, row.issueId());
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
