package kiku.plan.engine;

import java.util.ArrayList;
import java.util.Arrays;
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
        Search search = new Search(candidates, costCapacity, effortCapacity, nodeBudget);
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

    /** One search. Arrays are indexed by candidate (input order) unless said otherwise; k = 0 cost, 1 effort. */
    private static final class Search {
        private final int n;
        private final long budget;
        private final long[] v; // fixed-point scores, each >= 1 so that every candidate strictly improves a set
        private final long[][] w;
        private final long[] cap, used = new long[2];
        private final long[] mul = new long[2], sw; // the surrogate: mul[0] * cost + mul[1] * effort <= same of cap
        final boolean[] in, bestIn;
        private int[] order; // DFS position -> candidate
        private long[] prefixW, prefixV; // prefix sums in DFS order make each Dantzig bound a binary search
        private long step, val, bestVal, nodes; // step: GCD of all scores, so a better set is a step better
        private boolean aborted;

        Search(List<Item> items, long costCapacity, long effortCapacity, long budget) {
            n = items.size();
            v = new long[n];
            w = new long[2][n];
            sw = new long[n];
            cap = new long[] {costCapacity, effortCapacity};
            in = new boolean[n];
            bestIn = new boolean[n];
            this.budget = budget;
            // All scores together below 2^50 keep the double product in lp() within one fixed-point unit.
            int k = n == 0 ? 0 : 49 - Math.getExponent(items.stream().mapToDouble(Item::value).sum());
            for (int i = 0; i < n; i++) {
                v[i] = Math.max(1, Math.round(Math.scalb(items.get(i).value(), k)));
                w[0][i] = items.get(i).cost();
                w[1][i] = items.get(i).effort();
                step = gcd(v[i], step);
            }
        }

        /** Fills bestIn; false when the budget ran out. */
        boolean run() {
            boolean costBinds = exceeds(0);
            boolean effortBinds = exceeds(1);
            if (!costBinds && !effortBinds) { // everything fits together
                Arrays.fill(bestIn, true);
                return true;
            }
            // Golden-section search for the multiplier: the root bound is quasi-convex in it (any value is valid).
            double lo = effortBinds ? 0 : 1; // lambda is the share of cost: 1 when only cost binds, 0 when only effort
            double hi = costBinds ? 1 : 0;
            for (int i = 0; i < 40 && lo < hi; i++) {
                double m1 = hi - 0.618034 * (hi - lo);
                double m2 = lo + 0.618034 * (hi - lo);
                if (rootBound(m1) <= rootBound(m2)) hi = m2; else lo = m1;
            }
            surrogate((lo + hi) / 2);
            dfs(0);
            return !aborted;
        }

        /** Items before DFS position {@code depth} are decided; the current set always fits. */
        private void dfs(int depth) {
            for (int j = depth; j < n && !aborted; j++) {
                if (nodes++ == budget) aborted = true;
                long free0 = cap[0] - used[0];
                long free1 = cap[1] - used[1];
                // No completion from j on can be a step better, nor from a later j (fewer items): return, not continue.
                if (aborted || val + lp(j, mul[0] * free0 + mul[1] * free1) - bestVal < step) return;
                int x = order[j];
                if (w[0][x] > free0 || w[1][x] > free1) continue;
                flip(x, 1);
                if (val > bestVal) { // strictly: the first of equal sets stays (the tie rule)
                    bestVal = val;
                    System.arraycopy(in, 0, bestIn, 0, n);
                }
                dfs(j + 1);
                flip(x, -1);
            }
        }

        private void flip(int x, int sign) {
            in[x] = sign > 0;
            used[0] += sign * w[0][x];
            used[1] += sign * w[1][x];
            val += sign * v[x];
        }

        /** Dantzig bound of the surrogate from DFS position j: whole items by density, then a fraction of the next. */
        private long lp(int j, long free) {
            int lo = j; // the largest c with prefixW[c] - prefixW[j] <= free
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (prefixW[mid] - prefixW[j] <= free) lo = mid; else hi = mid - 1;
            }
            long sum = prefixV[lo] - prefixV[j];
            long rest = free - (prefixW[lo] - prefixW[j]);
            if (lo == n || rest == 0) return sum;
            return sum + (long) Math.ceil((double) rest / sw[order[lo]] * v[order[lo]]) + 1; // +1: double rounding
        }

        private long rootBound(double lambda) {
            surrogate(lambda);
            return lp(0, mul[0] * cap[0] + mul[1] * cap[1]);
        }

        /**
         * Integer multipliers for shares lambda and 1 - lambda, scaled so that all surrogate weights together stay below
         * 2^61 (prefix sums cannot overflow). One rounding to 0 drops its capacity from the bound: valid, only weaker.
         */
        private void surrogate(double lambda) {
            for (int k = 0; k < 2; k++) {
                double share = k == 0 ? lambda : 1 - lambda;
                double sum = Arrays.stream(w[k]).asDoubleStream().sum();
                mul[k] = share == 0 || sum == 0 ? 0 : (long) (share * 0x1p61 / sum);
            }
            for (int i = 0; i < n; i++) sw[i] = mul[0] * w[0][i] + mul[1] * w[1][i];
            order = IntStream.range(0, n).boxed().sorted((a, b) -> { // density descending, then input position
                int c = compareProducts(v[b], sw[a], v[a], sw[b]); // v[b] / sw[b] vs v[a] / sw[a], exactly
                return c != 0 ? c : Integer.compare(a, b);
            }).mapToInt(Integer::intValue).toArray();
            prefixW = new long[n + 1];
            prefixV = new long[n + 1];
            for (int j = 0; j < n; j++) {
                prefixW[j + 1] = prefixW[j] + sw[order[j]];
                prefixV[j + 1] = prefixV[j] + v[order[j]];
            }
        }

        /** Compares a * b with c * d for non-negative longs in 128 bits: equal densities must stay equal. */
        private static int compareProducts(long a, long b, long c, long d) {
            int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
            return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
        }

        private boolean exceeds(int k) {
            long sum = 0;
            for (long weight : w[k]) {
                if (weight > cap[k] - sum) return true; // subtracting cannot overflow
                sum += weight;
            }
            return false;
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }
}
