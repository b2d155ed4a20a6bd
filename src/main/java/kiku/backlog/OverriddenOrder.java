package kiku.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import kiku.backlog.engine.Overrides;
import kiku.scoring.LiveRanking;
import kiku.scoring.engine.Standings;

/**
 * The whole open ranking with the managers' overrides applied, or null while there is none.
 *
 * <p>Why the whole ranking: an override moves an issue across any distance, so the position of an
 * item on page 7 depends on overrides anywhere above it. The standings are in memory
 * ({@link LiveRanking}), and applying the rules is O(n log n) (see docs/PERFORMANCE.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class OverriddenOrder {

    List<Overrides.Placed> placed(Standings standings) {
        List<Overrides.Rule> rules = rules();
        return rules.isEmpty() ? null : Overrides.apply(standings.items(), rules);
    }

    /** The whole open ranking, overrides applied when there are any: the matrix's ranks. */
    List<Overrides.Placed> all(Standings standings) {
        return Overrides.apply(standings.items(), rules());
    }

    private static List<Overrides.Rule> rules() {
        return RankOverride.<RankOverride>listAll().stream().map(RankOverride::rule).toList();
    }
}
