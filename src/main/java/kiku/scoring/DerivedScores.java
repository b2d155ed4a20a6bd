package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.issue.Backing;
import kiku.scoring.engine.Thresholds;
import org.hibernate.Session;

/**
 * The values of derived criteria (computed from an issue's departments or annual hours), kept in
 * {@code derived_score}.
 *
 * <p>Why a table of their own rather than score rows of a made-up rater: a computed value is no
 * person's judgement, and the score table is read as people's judgements in many places (raters
 * per issue, blind scoring's "has this rater finished", the scale check, history, backup). Only
 * {@link RankingStore}'s cell query reads both, so totals, means, previews, sensitivity, snapshots
 * and reports treat a computed value as one value of its cell, with nothing else to exclude.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DerivedScores {

    @Inject
    RankingStore ranking;

    /** Call before changing what derived criteria read, so totals never mix old and new inputs. */
    public void lock() {
        ranking.lock();
    }

    /** After issues' departments, hearings or hours changed: their computed values and totals. */
    public void issuesChanged(Collection<Long> issueIds) {
        List<Criterion> derived = derivedCriteria();
        if (derived.isEmpty() || issueIds.isEmpty()) {
            return;
        }
        ranking.lock();
        em().flush();
        for (Criterion c : derived) {
            write(c, issueIds);
        }
        ranking.recompute(issueIds);
    }

    /**
     * One criterion after it was created or changed: its values for every issue (none when it is
     * scored again). The caller recomputes the totals, as after any criterion change: with the
     * score summaries when this answers true (the criterion is or was derived).
     */
    public boolean refresh(Criterion criterion) {
        em().flush();
        return write(criterion, null) > 0 || criterion.isDerived();
    }

    /** Every computed value from scratch, e.g. after a restore (the backup holds the inputs, not the values). */
    public void recomputeAll() {
        em().flush();
        derivedCriteria().forEach(c -> write(c, null));
    }

    /** Replaces the criterion's values of the given issues (all when null) in one batch; the number of values removed. */
    private static int write(Criterion criterion, Collection<Long> issueIds) {
        String only = issueIds == null ? "" : " and issue_id in (:ids)";
        Query delete = em().createNativeQuery("delete from derived_score where criterion_id = :c" + only)
                .setParameter("c", criterion.id);
        if (issueIds != null) {
            delete.setParameter("ids", issueIds);
        }
        int removed = delete.executeUpdate();
        if (!criterion.isDerived()) {
            return removed;
        }
        List<Double> cuts = criterion.thresholdList();
        Map<Long, Double> inputs = inputs(criterion.source, issueIds);
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into derived_score (issue_id, criterion_id, score_value) values (?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<Long, Double> input : inputs.entrySet()) {
                    insert.setLong(1, input.getKey());
                    insert.setLong(2, criterion.id);
                    insert.setInt(3, Thresholds.map(input.getValue(), criterion.minScore, cuts));
                    insert.addBatch();
                    if (++pending % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        return removed;
    }

    /**
     * Each issue's input: its number of departments (every issue has one, 0 included), or its
     * annual hours (issues without hours have none, so they stay unscored on that criterion).
     */
    private static Map<Long, Double> inputs(CriterionSource source, Collection<Long> issueIds) {
        String only = issueIds == null ? "" : " where id in (:ids)";
        String sql = source == CriterionSource.ANNUAL_HOURS
                ? "select id, annual_hours from issue" + (only.isEmpty() ? " where" : only + " and")
                        + " annual_hours is not null"
                : "select id, 0 from issue" + only;
        Query query = em().createNativeQuery(sql);
        if (issueIds != null) {
            query.setParameter("ids", issueIds);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Double> inputs = new HashMap<>();
        rows.forEach(r -> inputs.put(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue()));
        if (source == CriterionSource.DEPARTMENTS) {
            Backing.departments(issueIds).forEach((id, count) -> inputs.computeIfPresent(id, (k, zero) -> (double) count));
        }
        return inputs;
    }

    private static List<Criterion> derivedCriteria() {
        return Criterion.list("source <> ?1", CriterionSource.SCORED);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
