package kiku.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiku.scoring.engine.CellTable;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Ranking;
import kiku.scoring.engine.Standings;
import org.jboss.logging.Logger;

/**
 * The standings of every open issue under the current criteria, as the database says now.
 *
 * <p>Why in memory: totals depend on the weights, so a stored, indexed total had to be rewritten
 * for every issue on each weight change (10-13 s at national scale, docs/PERFORMANCE.md). Here
 * a weight change writes nothing but the criteria, and each instance ranks again from the score
 * summaries when it next needs the standings.
 *
 * <p>Why it stays right with several instances: every transaction that changes what the ranking
 * reads raises {@code ranking_lock.version} and logs the issues it changed ({@link RankingLog}).
 * Each request reads that version (one primary-key read); when it moved, the held standings take
 * in the logged issues only, or are built again when the log says "everything". A transaction
 * that changed the ranking itself gets standings of its own, never shared: it may roll back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveRanking {

    private static final Logger LOG = Logger.getLogger(LiveRanking.class);

    /** Beyond this many changed issues, reading every summary is as quick as reading theirs. */
    private static final int MOST_CHANGES_TAKEN_IN = 2_000;

    /**
     * The standings with the criteria they were ranked under, as of one version: a page reads the
     * weights, directions and names from here, so it needs no query of the criteria (every change
     * of a criterion raises the version, see CriterionService).
     */
    public record Current(Standings standings, List<CriterionSpec> specs, Map<Long, String> names) {}

    private record Held(long version, Current current) {}

    @Inject
    RankingStore store;

    @Inject
    RankingLog log;

    private volatile Held held;

    /**
     * Ranks every open issue once the server listens (after the summaries are rebuilt and demo data
     * loaded), on the worker thread that delivers the event: otherwise the first page asked for waits
     * for it, about 2 s at national scale (docs/PERFORMANCE.md). Not on {@code StartupEvent}: there
     * it would compete for the second core with the rest of the start. A request that comes sooner
     * waits on the same lock and takes the same standings.
     */
    void rankAfterStart(@ObservesAsync HttpServerStart event) {
        try {
            QuarkusTransaction.requiringNew().run(this::now);
        } catch (RuntimeException failure) {
            LOG.warn("Could not rank the open issues after start; the first page will", failure);
        }
    }

    /** The standings held, {@code null} before the first ranking. */
    Standings held() {
        Held seen = held;
        return seen == null ? null : seen.current().standings();
    }

    public Standings now() {
        return current().standings();
    }

    public Current current() {
        long version = log.version();
        Held seen = held;
        if (seen != null && seen.version() == version) {
            return seen.current();
        }
        if (log.changedInThisTransaction()) {
            return update(seen, version).current();
        }
        synchronized (this) {
            // Read again under the lock: another request may have taken in a newer version meanwhile.
            version = log.version();
            seen = held;
            if (seen != null && seen.version() == version) {
                return seen.current();
            }
            Held fresh = update(seen, version);
            held = fresh;
            return fresh.current();
        }
    }

    /**
     * The standings at {@code version} or later. Reads may see commits after {@code version}; the
     * next update reads those issues again, which changes nothing. Only a change of everything
     * reads the criteria: every change of a criterion is logged as one (RankingStore.retotalAll,
     * recomputeAll), so between versions that log single issues they are those already held.
     */
    private Held update(Held seen, long version) {
        // A version lower than the one held means the database was restored underneath: rank everything.
        Set<Long> changed = seen == null || seen.version() > version ? null
                : log.changedSince(seen.version(), version);
        if (changed == null || changed.size() > MOST_CHANGES_TAKEN_IN) {
            List<Criterion> criteria = Criterion.ordered();
            List<CriterionSpec> specs = criteria.stream().map(Criterion::spec).toList();
            Map<Long, String> names = new HashMap<>();
            criteria.forEach(c -> names.put(c.id, c.name));
            return new Held(version, new Current(everything(specs), specs, Collections.unmodifiableMap(names)));
        }
        Current before = seen.current();
        Map<Long, Double> ranked = new HashMap<>();
        List<Long> unscored = new ArrayList<>();
        store.openSummaries(changed).forEach((id, summary) -> {
            Double total = Ranking.evaluate(id, summary.stats(), before.specs()).total();
            if (total == null) {
                unscored.add(id);
            } else {
                ranked.put(id, total);
            }
        });
        return new Held(version, new Current(before.standings().with(changed, ranked, unscored), before.specs(),
                before.names()));
    }

    /** The standings built from every open issue's summary, nothing held: what {@link #now()} must always equal. */
    Standings everything() {
        return everything(store.specs());
    }

    private Standings everything(List<CriterionSpec> specs) {
        long started = System.nanoTime();
        CellTable cells = store.openCells(specs);
        long read = System.nanoTime();
        List<Ranking.Scored> totals = Ranking.totals(cells, specs);
        boolean[] ranked = new boolean[cells.size()];
        totals.forEach(t -> ranked[cells.row(t.issueId())] = true);
        List<Long> unscored = new ArrayList<>();
        for (int row = 0; row < cells.size(); row++) {
            if (!ranked[row]) {
                unscored.add(cells.issueId(row));
            }
        }
        Standings standings = Standings.of(totals, unscored);
        LOG.infof("Ranked every open issue (%d) in %d ms, %d of them reading the score summaries", cells.size(),
                (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000);
        return standings;
    }
}
