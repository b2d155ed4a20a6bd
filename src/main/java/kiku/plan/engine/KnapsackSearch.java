package kiku.plan.engine;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One branch-and-bound search of {@link Knapsack#best}: the algorithm and its limits are described there. Arrays are
 * indexed by candidate (input order) unless said otherwise; k = 0 cost, 1 effort.
 */
final class KnapsackSearch {

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

    KnapsackSearch(List<Knapsack.Item> items, long costCapacity, long effortCapacity, long budget) {
        n = items.size();
        v = new long[n];
        w = new long[2][n];
        sw = new long[n];
        cap = new long[] {costCapacity, effortCapacity};
        in = new boolean[n];
        bestIn = new boolean[n];
        this.budget = budget;
        // All scores together below 2^50 keep the double product in lp() within one fixed-point unit.
        int k = n == 0 ? 0 : 49 - Math.getExponent(items.stream().mapToDouble(Knapsack.Item::value).sum());
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
