package kiku.backlog.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kiku.backlog.engine.Overrides.Placed;
import kiku.backlog.engine.Overrides.Rule;
import kiku.scoring.engine.Ranking;
import org.junit.jupiter.api.Test;

class OverridesTest {

    /** Issues 1..n with distinct totals, 1 best. */
    private static List<Ranking.RankedItem> ranking(int n) {
        List<Ranking.Scored> scored = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            scored.add(new Ranking.Scored(i, 100 - i));
        }
        return Ranking.rank(scored);
    }

    private static List<Long> ids(List<Placed> placed) {
        return placed.stream().map(Placed::issueId).toList();
    }

    private static Rule above(long issue, long anchor) {
        return new Rule(issue, anchor, null);
    }

    private static Rule below(long issue, long anchor) {
        return new Rule(issue, null, anchor);
    }

    @Test
    void withoutOverridesTheComputedRanksStandTiesIncluded() {
        List<Ranking.RankedItem> computed = Ranking.rank(List.of(new Ranking.Scored(1, 80), new Ranking.Scored(2, 70),
                new Ranking.Scored(3, 70), new Ranking.Scored(4, 60)));
        List<Placed> placed = Overrides.apply(computed, List.of());
        assertEquals(List.of(1, 2, 2, 4), placed.stream().map(Placed::rank).toList());
        assertEquals(List.of(1, 2, 2, 4), placed.stream().map(Placed::computedRank).toList());
        assertTrue(placed.stream().noneMatch(Placed::overridden));
        // a rule that cannot take effect changes nothing either
        assertEquals(placed, Overrides.apply(computed, List.of(above(4, 99), below(77, 1), above(2, 2))));
    }

    @Test
    void anIssueMovesDirectlyAboveOrBelowItsAnchor() {
        List<Placed> up = Overrides.apply(ranking(5), List.of(above(5, 2)));
        assertEquals(List.of(1L, 5L, 2L, 3L, 4L), ids(up));
        assertEquals(List.of(1, 2, 3, 4, 5), up.stream().map(Placed::rank).toList());
        assertEquals(List.of(1, 5, 2, 3, 4), up.stream().map(Placed::computedRank).toList());
        assertEquals(List.of(false, true, false, false, false), up.stream().map(Placed::overridden).toList());

        List<Placed> down = Overrides.apply(ranking(5), List.of(below(1, 4)));
        assertEquals(List.of(2L, 3L, 4L, 1L, 5L), ids(down));
        assertEquals(4, down.get(3).rank());
        assertEquals(1, down.get(3).computedRank());
    }

    @Test
    void severalOnOneAnchorKeepTheirComputedOrderAndChainsFollowTheirAnchor() {
        assertEquals(List.of(4L, 6L, 1L, 2L, 3L, 5L), ids(Overrides.apply(ranking(6), List.of(above(6, 1), above(4, 1)))));
        assertEquals(List.of(1L, 4L, 6L, 2L, 3L, 5L), ids(Overrides.apply(ranking(6), List.of(below(6, 1), below(4, 1)))));
        // 5 goes below 1, and 6 goes above 5: 6 travels with its anchor
        assertEquals(List.of(1L, 6L, 5L, 2L, 3L, 4L), ids(Overrides.apply(ranking(6), List.of(below(5, 1), above(6, 5)))));
    }

    @Test
    void loopsAreIgnoredSoTheirIssuesKeepTheirPlace() {
        List<Rule> loop = List.of(above(2, 3), above(3, 2), below(5, 1));
        List<Placed> placed = Overrides.apply(ranking(5), loop);
        assertEquals(List.of(1L, 5L, 2L, 3L, 4L), ids(placed));
        Map<Long, Rule> rules = new HashMap<>();
        loop.forEach(r -> rules.put(r.issueId(), r));
        assertTrue(Overrides.loops(2, rules));
        assertFalse(Overrides.loops(5, rules));
    }

    @Test
    void aTieBrokenByAMoveIsNoLongerShared() {
        // 2 and 3 tie at rank 2; 4 is placed between them
        List<Ranking.RankedItem> computed = Ranking.rank(List.of(new Ranking.Scored(1, 80), new Ranking.Scored(2, 70),
                new Ranking.Scored(3, 70), new Ranking.Scored(4, 60)));
        List<Placed> placed = Overrides.apply(computed, List.of(above(4, 3)));
        assertEquals(List.of(1L, 2L, 4L, 3L), ids(placed));
        assertEquals(List.of(1, 2, 3, 4), placed.stream().map(Placed::rank).toList());
    }

    @Test
    void aRuleNeedsExactlyOneAnchor() {
        assertThrows(IllegalArgumentException.class, () -> new Rule(1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Rule(1, 2L, 3L));
    }

    @Test
    void randomRulesGiveAPermutationWithEveryRuleHonoured() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(30);
            List<Ranking.Scored> scored = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                scored.add(new Ranking.Scored(i, random.nextInt(8))); // many ties
            }
            List<Ranking.RankedItem> computed = Ranking.rank(scored);
            List<Rule> rules = new ArrayList<>();
            for (int r = 0; r < random.nextInt(6); r++) {
                long issue = 1 + random.nextInt(n);
                long anchor = 1 + random.nextInt(n);
                if (issue != anchor && rules.stream().noneMatch(x -> x.issueId() == issue)) {
                    rules.add(random.nextBoolean() ? above(issue, anchor) : below(issue, anchor));
                }
            }
            List<Placed> placed = Overrides.apply(computed, rules);
            assertEquals(n, placed.size());
            assertEquals(n, new HashSet<>(ids(placed)).size());
            Map<Long, Rule> active = Overrides.active(computed, rules);
            List<Long> order = ids(placed);
            for (Rule rule : active.values()) {
                int at = order.indexOf(rule.issueId());
                int anchor = order.indexOf(rule.anchor());
                assertTrue(rule.above() != null ? at < anchor : at > anchor, rule + " in " + order);
            }
            for (int p = 0; p < n; p++) {
                Placed item = placed.get(p);
                assertTrue(item.rank() <= p + 1 && (p == 0 || item.rank() >= placed.get(p - 1).rank()));
            }
            // issues not moved keep their computed relative order
            List<Long> unmoved = order.stream().filter(id -> !active.containsKey(id)).toList();
            List<Long> computedUnmoved = computed.stream().map(Ranking.RankedItem::issueId)
                    .filter(id -> !active.containsKey(id)).toList();
            assertEquals(computedUnmoved, unmoved);
        }
    }
}
