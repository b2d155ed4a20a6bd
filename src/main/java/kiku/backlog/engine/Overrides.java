package kiku.backlog.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiku.scoring.engine.Ranking;

/**
 * Rank overrides: a manager places an issue directly above or below another one, with a reason.
 * The computed ranking stays the judgement of the scores; the override is a visible, explained
 * exception applied on top of it, so both ranks are kept.
 */
public final class Overrides {

    /** Issue {@code issueId} goes directly above {@code above} or directly below {@code below} (exactly one). */
    public record Rule(long issueId, Long above, Long below) {
        public Rule {
            if ((above == null) == (below == null)) {
                throw new IllegalArgumentException("issue " + issueId + " needs exactly one of above and below");
            }
        }

        public long anchor() {
            return above != null ? above : below;
        }
    }

    /** A position in the final order: {@code rank} after overrides, {@code computedRank} from the scores alone. */
    public record Placed(int rank, int computedRank, long issueId, double total, boolean overridden) {}

    private Overrides() {}

    /**
     * The rules that take effect on this ranking: both issues ranked, not the same issue, and not
     * part of a loop (a above b, b above a), which writes refuse anyway; the others are ignored, so
     * their issue keeps its computed place.
     */
    public static Map<Long, Rule> active(List<Ranking.RankedItem> computed, Collection<Rule> rules) {
        Set<Long> ranked = new HashSet<>();
        computed.forEach(r -> ranked.add(r.issueId()));
        Map<Long, Rule> active = new HashMap<>();
        for (Rule r : rules) {
            if (ranked.contains(r.issueId()) && ranked.contains(r.anchor()) && r.issueId() != r.anchor()) {
                active.put(r.issueId(), r);
            }
        }
        List<Long> looping = active.keySet().stream().filter(id -> loops(id, active)).toList();
        looping.forEach(active::remove);
        return active;
    }

    /** Whether following anchors from {@code issueId} through {@code rules} comes back to it. */
    public static boolean loops(long issueId, Map<Long, Rule> rules) {
        Set<Long> seen = new HashSet<>();
        Long at = issueId;
        while (at != null && seen.add(at)) {
            Rule r = rules.get(at);
            at = r == null ? null : r.anchor();
            if (at != null && at == issueId) {
                return true;
            }
        }
        return false;
    }

    /**
     * The final order. {@code computed} is the ranking in rank order (SCORING.md §4). Overridden
     * issues are taken out and put back next to their anchor; several on the same side of one
     * anchor keep their computed order. Ranks are positions, except that neighbours which tied in
     * the computed ranking and were not moved keep sharing a rank, so without overrides the
     * result is the computed competition ranking itself.
     */
    public static List<Placed> apply(List<Ranking.RankedItem> computed, Collection<Rule> rules) {
        Map<Long, Rule> active = active(computed, rules);
        if (active.isEmpty()) {
            return computed.stream().map(r -> new Placed(r.rank(), r.rank(), r.issueId(), r.total(), false)).toList();
        }
        Map<Long, List<Ranking.RankedItem>> aboveOf = new HashMap<>();
        Map<Long, List<Ranking.RankedItem>> belowOf = new HashMap<>();
        for (Ranking.RankedItem item : computed) { // computed order, so each list is in computed order
            Rule r = active.get(item.issueId());
            if (r != null) {
                (r.above() != null ? aboveOf : belowOf).computeIfAbsent(r.anchor(), k -> new ArrayList<>()).add(item);
            }
        }
        List<Ranking.RankedItem> order = new ArrayList<>(computed.size());
        for (Ranking.RankedItem item : computed) {
            if (!active.containsKey(item.issueId())) {
                emit(item, aboveOf, belowOf, order);
            }
        }
        List<Placed> placed = new ArrayList<>(order.size());
        for (int p = 0; p < order.size(); p++) {
            Ranking.RankedItem item = order.get(p);
            boolean moved = active.containsKey(item.issueId());
            int rank = p + 1;
            if (p > 0 && !moved) {
                Placed previous = placed.get(p - 1);
                if (!previous.overridden() && previous.computedRank() == item.rank()) {
                    rank = previous.rank();
                }
            }
            placed.add(new Placed(rank, item.rank(), item.issueId(), item.total(), moved));
        }
        return placed;
    }

    private static void emit(Ranking.RankedItem item, Map<Long, List<Ranking.RankedItem>> aboveOf,
                             Map<Long, List<Ranking.RankedItem>> belowOf, List<Ranking.RankedItem> order) {
        for (Ranking.RankedItem a : aboveOf.getOrDefault(item.issueId(), List.of())) {
            emit(a, aboveOf, belowOf, order);
        }
        order.add(item);
        for (Ranking.RankedItem b : belowOf.getOrDefault(item.issueId(), List.of())) {
            emit(b, aboveOf, belowOf, order);
        }
    }

    /** Items in rank order, then issue id: the order {@link #apply} expects. */
    public static final Comparator<Ranking.RankedItem> RANK_ORDER =
            Comparator.comparingInt(Ranking.RankedItem::rank).thenComparingLong(Ranking.RankedItem::issueId);
}
