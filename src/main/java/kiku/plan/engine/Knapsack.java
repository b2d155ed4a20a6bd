package kiku.plan.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fiscal-year "Suggest": the issues with the highest total score that fit both the year's money (yen) and staff
 * hours, an exact 0/1 knapsack with two capacities; and the plain rank-order plan to show beside it.
 *
 * <p>Depth-first branch and bound. Both capacities are relaxed into one integer surrogate constraint whose multiplier
 * minimises the root LP bound (either capacity's own LP bound is far too loose when both bind). Items are tried by
 * score per surrogate weight, taking before skipping; a subtree is cut when its Dantzig bound cannot beat the
 * incumbent by one step (the GCD of the scores, which keeps grid-like totals cheap). The bounds use integer
 * arithmetic, so a completed search is exact. On 1,000 random issues with capacities at 5-50% of demand, scores
 * unrelated to cost or from a few distinct values took under 0.5 s (at most 100,000 nodes); scores that grow with
 * cost and hours up to 47 million nodes (2.5 s). The worst case is exponential, hence the node budget: when it runs
 * out, the best set found so far comes back with {@code exact = false}; it fits, but may not be optimal.
 *
 * <p>Scores are compared in fixed point (about 1e-11 for 1,000 scores of 0..100), so sums are exact and ties are
 * real. Among equally valued sets the first found wins: where they first differ in the search order (score per
 * surrogate weight, exactly, then input position) the winner takes the item. That is a pure function of the input
 * (Java's floating point is strict), so the same data always gets the same plan.
 */
public final class Knapsack {

    /** A node is one step of the search loop; 50 million take about 3 s on a laptop. */
    public static final long DEFAULT_NODE_BUDGET = 50_000_000L;

    /** {@code value} is the total score; {@code cost} in yen and {@code effort} in staff hours, both >= 0. */
    public record Item(long id, double value, long cost, long effort) {
        public Item {
            if (!Double.isFinite(value)) throw new IllegalArgumentException("value must be finite: " + value);
            if (cost < 0 || effort < 0) throw new IllegalArgumentException("cost and effort must be >= 0: " + id);
        }
    }

    /** {@code ids} in input order; {@code exact} false when the node budget ran out before the search completed. */
    public record Selection(List<Long> ids, double value, long cost, long effort, boolean exact) {
        public Selection { ids = List.copyOf(ids); }
    }

    /** {@code firstSkippedId}: the first item in rank order that did not fit (the cut line), null when all fit. */
    public record Cut(List<Long> taken, Long firstSkippedId) {
        public Cut { taken = List.copyOf(taken); }
    }

    private Knapsack() {}

    /** {@link #best(List, long, long, long)} with {@link #DEFAULT_NODE_BUDGET}. */
    public static Selection best(List<Item> items, long costCapacity, long effortCapacity) {
        return best(items, costCapacity, effortCapacity, DEFAULT_NODE_BUDGET);
    }

    /**
     * The highest-value set within both capacities ({@code Long.MAX_VALUE} = unlimited). Items with value <= 0, or
     * that alone exceed a capacity, are never chosen. Duplicate ids, negative capacities or budget < 1 are refused.
     */
    public static Selection best(List<Item> items, long costCapacity, long effortCapacity, long nodeBudget) {
        validate(items, costCapacity, effortCapacity);
        if (nodeBudget < 1) throw new IllegalArgumentException("nodeBudget must be >= 1: " + nodeBudget);
        List<Item> candidates = items.stream()
                .filter(it -> it.value() > 0 && it.cost() <= costCapacity && it.effort() <= effortCapacity).toList();
        KnapsackSearch search = new KnapsackSearch(candidates, costCapacity, effortCapacity, nodeBudget);
        boolean exact = search.run();
        List<Item> chosen = IntStream.range(0, candidates.size()).filter(i -> search.bestIn[i])
                .mapToObj(candidates::get).toList();
        return new Selection(chosen.stream().map(Item::id).toList(), chosen.stream().mapToDouble(Item::value).sum(),
                chosen.stream().mapToLong(Item::cost).sum(), chosen.stream().mapToLong(Item::effort).sum(), exact);
    }

    /** The plain rank-order plan: walk the items in the given order, take each one that still fits, skip the rest. */
    public static Cut rankOrderCut(List<Item> itemsInRankOrder, long costCapacity, long effortCapacity) {
        validate(itemsInRankOrder, costCapacity, effortCapacity);
        List<Long> taken = new ArrayList<>();
        Long firstSkipped = null;
        long cost = 0;
        long effort = 0;
        for (Item it : itemsInRankOrder) {
            if (it.cost() <= costCapacity - cost && it.effort() <= effortCapacity - effort) { // cannot overflow
                taken.add(it.id());
                cost += it.cost();
                effort += it.effort();
            } else if (firstSkipped == null) {
                firstSkipped = it.id();
            }
        }
        return new Cut(taken, firstSkipped);
    }

    private static void validate(List<Item> items, long costCapacity, long effortCapacity) {
        if (costCapacity < 0 || effortCapacity < 0) {
            throw new IllegalArgumentException("capacities must be >= 0: " + costCapacity + ", " + effortCapacity);
        }
        Set<Long> ids = new HashSet<>();
        for (Item it : Objects.requireNonNull(items, "items")) {
            if (!ids.add(Objects.requireNonNull(it, "item").id())) {
                throw new IllegalArgumentException("duplicate item id: " + it.id());
            }
        }
    }
}
