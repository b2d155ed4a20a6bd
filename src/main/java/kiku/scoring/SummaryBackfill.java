package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Rebuilds every score summary and total once when {@code ranking_lock.rebuild} says so: after the
 * migration that introduced the summaries, or after scores were written around the application
 * (bench/Seed.java). One flag row, so an ordinary start pays a single primary-key read.
 */
@ApplicationScoped
public class SummaryBackfill {

    private static final Logger LOG = Logger.getLogger(SummaryBackfill.class);

    @Inject
    RankingStore ranking;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!Boolean.TRUE.equals(Panache.getEntityManager()
                .createNativeQuery("select rebuild from ranking_lock where id = 1").getSingleResult())) {
            return;
        }
        ranking.lock();
        long started = System.nanoTime();
        ranking.recomputeAll();
        Panache.getEntityManager().createNativeQuery("update ranking_lock set rebuild = false where id = 1")
                .executeUpdate();
        LOG.infof("Rebuilt the score summaries in %d ms (the ranking follows from them)",
                (System.nanoTime() - started) / 1_000_000);
    }
}
