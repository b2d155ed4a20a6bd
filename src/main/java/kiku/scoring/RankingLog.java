package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranking's version ({@code ranking_lock.version}) and the log of the issues each version
 * changed ({@code ranking_change}; issue_id null: everything, e.g. a weight change). Written by
 * {@link RankingStore} in the same transaction as the change, read by every instance's
 * {@link LiveRanking} to know what to rank again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RankingLog {

    /** Versions of single issues kept in the log; an instance further behind ranks everything again. */
    static final long KEPT_VERSIONS = 10_000;

    /** Marks a transaction that changed the ranking (see {@link #changedInThisTransaction()}). */
    private static final String CHANGED = RankingLog.class.getName() + ".changed";

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The ranking's version: every transaction that changes what the ranking reads raises it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long version() {
        return ((Number) em().createNativeQuery("select version from ranking_lock where id = 1").getSingleResult())
                .longValue();
    }

    /**
     * The issues changed after {@code version}, or null when everything must be ranked again (a
     * change of every total, or a version older than the log keeps).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> changedSince(long version, long now) {
        if (now - version >= KEPT_VERSIONS) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em().createNativeQuery("select issue_id from ranking_change where version > :v")
                .setParameter("v", version).getResultList();
        Set<Long> changed = new HashSet<>();
        for (Number id : ids) {
            if (id == null) {
                return null;
            }
            changed.add(id.longValue());
        }
        return changed;
    }

    /** True when this transaction changed the ranking: what it reads must not be shared before it commits. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean changedInThisTransaction() {
        return transactions.getTransactionKey() != null && transactions.getResource(CHANGED) != null;
    }

    /** These issues' scores, computed values or status changed, or they were created or deleted. */
    void changed(Collection<Long> issueIds) {
        long version = nextVersion();
        em().createNativeQuery("delete from ranking_change where version <= :old")
                .setParameter("old", version - KEPT_VERSIONS).executeUpdate();
        List<Long> ids = List.copyOf(new HashSet<>(issueIds));
        RankingStore.batch("insert into ranking_change (version, issue_id) values (?, ?)", ids.size(), (insert, i) -> {
            insert.setLong(1, version);
            insert.setLong(2, ids.get(i));
        });
    }

    /** Every total changed: older entries of the log tell nobody anything any more. */
    void changedAll() {
        long version = nextVersion();
        em().createNativeQuery("delete from ranking_change").executeUpdate();
        em().createNativeQuery("insert into ranking_change (version, issue_id) values (:v, null)")
                .setParameter("v", version).executeUpdate();
    }

    private long nextVersion() {
        em().createNativeQuery("update ranking_lock set version = version + 1 where id = 1").executeUpdate();
        transactions.putResource(CHANGED, Boolean.TRUE);
        return version();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
