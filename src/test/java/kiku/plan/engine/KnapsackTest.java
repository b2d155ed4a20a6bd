package kiku.plan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import kiku.plan.engine.Knapsack.Cut;
import kiku.plan.engine.Knapsack.Item;
import kiku.plan.engine.Knapsack.Selection;
import org.junit.jupiter.api.Test;

class KnapsackTest {

    private static final long MAX = Long.MAX_VALUE;

    private static Item item(long id, double value, long cost, long effort) {
        return new Item(id, value, cost, effort);
    }

    @Test
    void greedyByValueIsWrong() {
        // By value: A (10) fills the budget. Exact: B + C = 12.
        List<Item> items = List.of(item(1, 10, 10, 0), item(2, 6, 5, 0), item(3, 6, 5, 0));
        Selection s = Knapsack.best(items, 10, MAX);
        assertEquals(List.of(2L, 3L), s.ids());
        assertEquals(12, s.value(), 1e-12);
        assertEquals(10, s.cost());
        assertTrue(s.exact());
    }

    @Test
    void greedyByDensityIsWrong() {
        // By density: A (1.5/yen) first, then neither B nor C fits: 9. Exact: B + C = 11.
        List<Item> items = List.of(item(1, 9, 6, 0), item(2, 5.5, 5, 0), item(3, 5.5, 5, 0));
        assertEquals(List.of(2L, 3L), Knapsack.best(items, 10, MAX).ids());
        assertEquals(List.of(1L), Knapsack.rankOrderCut(items, 10, MAX).taken());
    }

    @Test
    void bothCapacitiesBind() {
        // Money allows any two; staff hours forbid A with anything else, so B + C (16) beats A (10).
        List<Item> items = List.of(item(1, 10, 5, 9), item(2, 8, 5, 5), item(3, 8, 5, 5));
        Selection s = Knapsack.best(items, 10, 10);
        assertEquals(List.of(2L, 3L), s.ids());
        assertEquals(10, s.effort());
        // Money alone allows A with B (18; A with C ties, and B comes first in the input).
        assertEquals(List.of(1L, 2L), Knapsack.best(items, 10, MAX).ids());
        assertEquals(List.of(2L, 3L), Knapsack.best(items, MAX, 10).ids());
    }

    @Test
    void unlimitedCapacitiesTakeEveryPositiveItem() {
        List<Item> items = List.of(item(1, 50, 3_000_000, 400), item(2, 0, 1, 1), item(3, 0.001, 0, 0),
                item(4, -5, 10, 10), item(5, 99.5, 800_000_000_000L, 1_000_000));
        Selection s = Knapsack.best(items, MAX, MAX);
        assertEquals(List.of(1L, 3L, 5L), s.ids());
        assertEquals(149.501, s.value(), 1e-9);
        assertEquals(800_003_000_000L, s.cost());
        assertTrue(s.exact());
    }

    @Test
    void zeroCapacitiesTakeOnlyFreeItems() {
        List<Item> items = List.of(item(1, 10, 0, 0), item(2, 20, 1, 0), item(3, 30, 0, 1), item(4, 5, 0, 0));
        assertEquals(List.of(1L, 4L), Knapsack.best(items, 0, 0).ids());
        assertEquals(List.of(1L, 3L, 4L), Knapsack.best(items, 0, MAX).ids());
        assertEquals(List.of(), Knapsack.best(List.of(), 0, 0).ids());
    }

    @Test
    void itemsTooBigAloneAreNeverChosen() {
        List<Item> items = List.of(item(1, 100, 11, 1), item(2, 100, 1, 11), item(3, 1, 10, 10));
        assertEquals(List.of(3L), Knapsack.best(items, 10, 10).ids());
    }

    @Test
    void equalDensitiesGoByInputPosition() {
        // A and B are identical; the one passed first (the higher rank) wins, whatever its id.
        List<Item> items = List.of(item(7, 40, 5, 1), item(3, 40, 5, 1));
        assertEquals(List.of(7L), Knapsack.best(items, 5, MAX).ids());
        assertEquals(List.of(3L), Knapsack.best(List.of(items.get(1), items.get(0)), 5, MAX).ids());
        // All score 1 per yen, {1, 4} and {2, 3} both score 10 for 10 yen: the search tries them in input order and
        // keeps the first, which takes item 1.
        List<Item> four = List.of(item(1, 6, 6, 0), item(2, 5, 5, 0), item(3, 5, 5, 0), item(4, 4, 4, 0));
        assertEquals(List.of(1L, 4L), Knapsack.best(four, 10, MAX).ids());
    }

    @Test
    void hugeAmountsDoNotOverflow() {
        long big = 4_000_000_000_000_000_000L; // two fit under Long.MAX_VALUE (9.2e18), three would overflow
        List<Item> items = List.of(item(1, 10, big, big), item(2, 20, big, big), item(3, 30, big, 1), item(4, 5, 1, big));
        for (long cap : new long[] {MAX, MAX - 1, 2 * big, 2 * big - 1, big}) {
            Selection s = Knapsack.best(items, cap, cap);
            assertEquals(bruteForceValue(items, cap, cap), s.value(), 1e-12, "cap " + cap);
            assertConsistent(items, s, cap, cap);
            assertTrue(s.exact());
        }
    }

    @Test
    void matchesBruteForceOnRandomSmallCases() {
        Random random = new Random(20240401L);
        for (int round = 0; round < 300; round++) {
            List<Item> items = randomItems(random, 1 + random.nextInt(14), false);
            long costCap = capacity(random, 60 * items.size());
            long effortCap = capacity(random, 25 * items.size());
            Selection s = Knapsack.best(items, costCap, effortCap);
            String where = "round " + round + ": " + items + " caps " + costCap + "/" + effortCap;
            assertEquals(bruteForceValue(items, costCap, effortCap), s.value(), 1e-9, where);
            assertTrue(s.exact(), where);
            assertConsistent(items, s, costCap, effortCap);
            double rankOrderValue = valueOf(items, Knapsack.rankOrderCut(items, costCap, effortCap).taken());
            assertTrue(s.value() >= rankOrderValue - 1e-9, where);
        }
    }

    @Test
    void matchesBruteForceOnWholeScores() {
        // Few distinct whole scores: many equal-value sets and near-ties, and sums are exact, so compare exactly.
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            List<Item> items = randomItems(random, 1 + random.nextInt(14), true);
            long costCap = capacity(random, 60 * items.size());
            long effortCap = capacity(random, 25 * items.size());
            Selection s = Knapsack.best(items, costCap, effortCap);
            String where = "round " + round + ": " + items + " caps " + costCap + "/" + effortCap;
            assertEquals(bruteForceValue(items, costCap, effortCap), s.value(), 0.0, where);
            assertConsistent(items, s, costCap, effortCap);
        }
    }

    @Test
    void deterministic() {
        List<Item> items = randomItems(new Random(42), 200, true);
        Selection first = Knapsack.best(items, 2_000, 800);
        for (int i = 0; i < 3; i++) {
            assertEquals(first, Knapsack.best(new ArrayList<>(items), 2_000, 800));
        }
        // Another order may choose another set among equals, but never a different value.
        List<Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(1));
        assertEquals(first.value(), Knapsack.best(shuffled, 2_000, 800).value(), 1e-9);
    }

    @Test
    void rankOrderCutExplainsTheCutLine() {
        List<Item> ranked = List.of(item(11, 90, 400, 10), item(12, 80, 500, 10), item(13, 70, 300, 10),
                item(14, 60, 100, 10), item(15, 50, 50, 50));
        Cut cut = Knapsack.rankOrderCut(ranked, 1_000, 40);
        assertEquals(List.of(11L, 12L, 14L), cut.taken()); // 13 needs 300 yen with 100 left; 14 still fits after it
        assertEquals(13L, cut.firstSkippedId());
        assertEquals(List.of(11L, 12L, 14L), Knapsack.best(ranked, 1_000, 40).ids());
        Cut all = Knapsack.rankOrderCut(ranked, MAX, MAX);
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), all.taken());
        assertNull(all.firstSkippedId());
    }

    @Test
    void budgetExhaustionReturnsAFittingSetMarkedInexact() {
        List<Item> items = randomItems(new Random(3), 60, false);
        Selection s = Knapsack.best(items, 1_500, 600, 5);
        assertFalse(s.exact());
        assertConsistent(items, s, 1_500, 600);
        assertTrue(s.value() > 0);
    }

    @Test
    void thousandItemsFinishAndFit() {
        Random random = new Random(2024);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) { // yen in thousands-rounded amounts and staff hours, like city estimates
            items.add(item(i + 1, random.nextInt(10_001) / 100.0, 1_000L * (10 + random.nextInt(20_000)),
                    8L * (1 + random.nextInt(250))));
        }
        long costCap = 1_000_000_000L;
        long effortCap = 40_000L;
        Selection s = Knapsack.best(items, costCap, effortCap);
        assertConsistent(items, s, costCap, effortCap);
        assertTrue(s.exact());
        double rankOrder = valueOf(items, Knapsack.rankOrderCut(items, costCap, effortCap).taken());
        assertTrue(s.value() >= rankOrder);
    }

    @Test
    void invalidInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> item(1, Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> item(1, Double.POSITIVE_INFINITY, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> item(1, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> item(1, 1, 0, -1));
        List<Item> dup = List.of(item(1, 1, 1, 1), item(1, 2, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Knapsack.best(dup, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> Knapsack.rankOrderCut(dup, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> Knapsack.best(List.of(), -1, 10));
        assertThrows(IllegalArgumentException.class, () -> Knapsack.rankOrderCut(List.of(), 10, -1));
        assertThrows(IllegalArgumentException.class, () -> Knapsack.best(List.of(), 10, 10, 0));
        assertThrows(NullPointerException.class, () -> Knapsack.best(null, 10, 10));
    }

    private static List<Item> randomItems(Random random, int n, boolean wholeScores) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double value = wholeScores ? random.nextInt(6) : random.nextInt(10) == 0 ? -random.nextDouble() * 10
                    : random.nextDouble() * 100;
            // Ids unrelated to input order, so the tie rule is tested on positions, not ids.
            items.add(item(1000 - 7L * i, value, random.nextInt(10) == 0 ? 0 : random.nextInt(121),
                    random.nextInt(51)));
        }
        return items;
    }

    /** Usually binding, sometimes zero or unlimited. */
    private static long capacity(Random random, int typical) {
        int kind = random.nextInt(10);
        return kind == 0 ? 0 : kind == 1 ? MAX : random.nextInt(typical + 1);
    }

    /** The best value over all 2^n subsets that fit. */
    private static double bruteForceValue(List<Item> items, long costCap, long effortCap) {
        double best = 0;
        for (int mask = 1; mask < 1 << items.size(); mask++) {
            long cost = 0;
            long effort = 0;
            double value = 0;
            boolean fits = true;
            for (int i = 0; i < items.size() && fits; i++) {
                if ((mask & 1 << i) != 0) {
                    Item it = items.get(i);
                    fits = it.cost() <= costCap - cost && it.effort() <= effortCap - effort; // no overflow
                    cost += it.cost();
                    effort += it.effort();
                    value += it.value();
                }
            }
            if (fits) best = Math.max(best, value);
        }
        return best;
    }

    private static void assertConsistent(List<Item> items, Selection s, long costCap, long effortCap) {
        List<Long> inputOrder = items.stream().map(Item::id).filter(s.ids()::contains).toList();
        assertEquals(inputOrder, s.ids(), "ids in input order");
        long cost = 0;
        long effort = 0;
        for (Item it : items) {
            if (s.ids().contains(it.id())) {
                assertTrue(it.value() > 0, "only positive values");
                cost += it.cost();
                effort += it.effort();
            }
        }
        assertEquals(cost, s.cost());
        assertEquals(effort, s.effort());
        assertTrue(cost <= costCap && effort <= effortCap, "fits");
        assertEquals(valueOf(items, s.ids()), s.value(), 1e-9);
    }

    private static double valueOf(List<Item> items, List<Long> ids) {
        return items.stream().filter(it -> ids.contains(it.id())).mapToDouble(Item::value).sum();
    }
}
