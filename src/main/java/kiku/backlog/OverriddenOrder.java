package kiku.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import kiku.backlog.engine.Overrides;
import kiku.scoring.engine.Ranking;

/**
 * The whole open ranking with the managers' overrides applied, or null while there is none.
 *
 * <p>Why the whole ranking: an override moves an issue across any distance, so the position of an
 * item on page 7 depends on overrides anywhere above it. One read of every open (id, total) and
 * an O(n log n) sort is cheap for a city (see docs/PERFORMANCE.md); without overrides, the backlog
 * keeps its indexed, page-sized queries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class OverriddenOrder {

    List<Overrides.Placed> placed() {
        List<Overrides.Rule> rules = rules();
        return rules.isEmpty() ? null : all(rules);
    }

    /** The whole open ranking, overrides applied when there are any: the matrix's ranks. */
    List<Overrides.Placed> all() {
        return all(rules());
    }

    private static List<Overrides.Rule> rules() {
        return RankOverride.<RankOverride>listAll().stream().map(RankOverride::rule).toList();
    }

    private static List<Overrides.Placed> all(List<Overrides.Rule> rules) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select i.id, i.total from issue i"
                + " where i.total is not null")
                .getResultList();
        List<Ranking.Scored> scored = new ArrayList<>(rows.size());
        rows.forEach(r -> scored.add(new Ranking.Scored(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue())));
        return Overrides.apply(Ranking.rank(scored), rules);
    }
}
