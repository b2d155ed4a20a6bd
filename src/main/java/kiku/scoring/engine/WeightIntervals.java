package kiku.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import kiku.scoring.engine.Robustness.Model;
import kiku.scoring.engine.Robustness.WeightInterval;

/**
 * §7 "one weight at a time": for each ranking criterion c, the exact range of its weight x (others fixed, x >= 0)
 * over which the top-K set S stays the same set. The issues taking part are those ranked now.
 *
 * <p>With A(i) = sum over the other ranking criteria of w * u(i,·) and B = the sum of their weights,
 * total(i) = 100 (A(i) + x u(i,c)) / (B + x). Since B + x > 0, "a ranks above b" (§4: total(a) > total(b) + tol)
 * is the linear test alpha + sigma x > 0 with alpha = 100 (A(a) - A(b)) - tol B, sigma = 100 (u(a,c) - u(b,c)) - tol,
 * so the tolerance is honoured exactly and each ordered pair switches at most once, at x* = -alpha / sigma. The
 * test is strict, so at x* itself the pair does not count. Two exceptions remove tie bands that exist only because
 * an absolute tolerance meets a vanishing gap: a pair with equal u(·,c) keeps its relation at every x (literally
 * its gap 100 (A(a) - A(b)) / (B + x) would fall under 1e-9 at an absurd x of about 1e11 times the gap, a finite
 * end where "unbounded" is meant), and a pair tied at x = 0 (equal on the other criteria) separates right at 0
 * instead of at x ~ 1e-11, so such an interval starts at 0. Elsewhere the ends differ from the tolerance-free
 * crossings (A(j) - A(i)) / (u(i,c) - u(j,c)) by about 1e-11 relative: the width of the tie band.
 *
 * <p>Only pairs with at least one member of S are needed: the top-K set equals S exactly when every member has
 * fewer than K issues above it and every non-member has at least K members of S above it. (If the set is S, take
 * a non-member j and the highest non-member h above j, if any: all of h's K or more issues above are above j and
 * are members; otherwise all of j's K or more issues above are members.) Counting, per issue, the relevant issues
 * above it and sweeping the sorted breakpoints outward from the current weight finds the first change in each
 * direction. Cost per criterion: O(|S| n) pairs and a sort, O(m |S| n log(|S| n)) in all.
 *
 * <p>Ends are reported even where the set equals S only on an open side (e.g. where the change is a tie exactly at
 * the breakpoint). x = 0 is tested with the same issues, although in the application a zero weight would also
 * drop the criterion's requirement to be scored.
 */
final class WeightIntervals {

    private static final double TOL = Ranking.TIE_TOLERANCE;

    private WeightIntervals() {}

    static List<WeightInterval> compute(Model model, int topK) {
        int n = model.size();
        boolean[] member = new boolean[n];
        int members = 0;
        for (int i = 0; i < n; i++) {
            member[i] = model.ranks[i] <= topK;
            members += member[i] ? 1 : 0;
        }
        List<WeightInterval> intervals = new ArrayList<>(model.criteriaCount());
        for (int c = 0; c < model.criteriaCount(); c++) {
            intervals.add(interval(model, member, members, topK, c));
        }
        return intervals;
    }

    private static WeightInterval interval(Model model, boolean[] member, int members, int k, int c) {
        int n = model.size();
        int m = model.criteriaCount();
        long id = model.criteria.get(c).id();
        double w = model.weights[c];
        double b = 0;
        for (int d = 0; d < m; d++) {
            b += d == c ? 0 : model.weights[d];
        }
        // B = 0: c ranks alone and every x > 0 gives the same totals. k >= n: no issue can have k issues above it.
        if (!(b > 0) || k >= n) {
            return new WeightInterval(id, w, 0, null);
        }
        double[] a = new double[n];
        double[] uc = new double[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < m; d++) {
                a[i] += d == c ? 0 : model.weights[d] * model.u[i * m + d];
            }
            uc[i] = model.u[i * m + c];
        }
        int[] memberIds = new int[members];
        for (int i = 0, j = 0; i < n; i++) {
            if (member[i]) {
                memberIds[j++] = i;
            }
        }
        // For members: issues above; for non-members: members above. Events: breakpoints in [0, inf).
        int[] count = new int[n];
        int capacity = Math.toIntExact((long) members * (n - 1) + (long) (n - members) * members);
        double[] at = new double[capacity];
        int[] below = new int[capacity];
        boolean[] rising = new boolean[capacity];
        int events = 0;
        for (int lo = 0; lo < n; lo++) {
            int others = member[lo] ? n : members;
            for (int t = 0; t < others; t++) {
                int hi = member[lo] ? t : memberIds[t];
                if (hi == lo) {
                    continue;
                }
                double alpha = 100 * (a[hi] - a[lo]) - TOL * b;
                double sigma = 100 * (uc[hi] - uc[lo]) - TOL;
                double x = sigma == 0 ? Double.NaN : -alpha / sigma + 0.0; // + 0.0 turns -0.0 into 0.0
                if (sigma > 0 && 100 * (a[hi] - a[lo]) >= -TOL * b) {
                    x = 0; // tied at x = 0 (equal on the other criteria): separates at once, see above
                }
                boolean above = sigma == 0 ? alpha > 0 : sigma > 0 ? w > x : w < x;
                count[lo] += above ? 1 : 0;
                if (uc[hi] != uc[lo] && x >= 0 && x < Double.POSITIVE_INFINITY) {
                    at[events] = x;
                    below[events] = lo;
                    rising[events] = sigma > 0;
                    events++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (violated(i, count, member, k)) {
                // The exact test disagrees with the floating-point ranking only within rounding of a breakpoint.
                return new WeightInterval(id, w, w, w);
            }
        }
        int[] order = sortedByPosition(at, events);
        int firstAbove = 0; // first event with x* > w
        while (firstAbove < events && at[order[firstAbove]] <= w) {
            firstAbove++;
        }
        int firstAtOrAbove = firstAbove;
        while (firstAtOrAbove > 0 && at[order[firstAtOrAbove - 1]] == w) {
            firstAtOrAbove--;
        }

        // Upward: at x* a falling pair (above while x < x*) stops counting; just past x* a rising pair starts.
        Double upper = null;
        int[] up = count.clone();
        for (int g = firstAtOrAbove; g < events && upper == null;) {
            double v = at[order[g]];
            int end = g;
            while (end < events && at[order[end]] == v) {
                end++;
            }
            if ((v > w && shift(order, g, end, rising, false, -1, below, up, member, k))
                    || shift(order, g, end, rising, true, +1, below, up, member, k)) {
                upper = v;
            }
            g = end;
        }
        // Downward: at x* a rising pair (above while x > x*) stops counting; just below x* a falling pair starts.
        double lower = 0;
        int[] down = count;
        for (int g = firstAbove - 1; g >= 0;) {
            double v = at[order[g]];
            int begin = g;
            while (begin >= 0 && at[order[begin]] == v) {
                begin--;
            }
            if ((v < w && shift(order, begin + 1, g + 1, rising, true, -1, below, down, member, k))
                    || (v > 0 && shift(order, begin + 1, g + 1, rising, false, +1, below, down, member, k))) {
                lower = v;
                break;
            }
            g = begin;
        }
        return new WeightInterval(id, w, lower, upper);
    }

    /** Applies {@code delta} for the events in order[from, to) of the given kind; true if the set then differs. */
    private static boolean shift(int[] order, int from, int to, boolean[] rising, boolean kind, int delta,
            int[] below, int[] count, boolean[] member, int k) {
        boolean changed = false;
        for (int t = from; t < to; t++) {
            int e = order[t];
            if (rising[e] == kind) {
                count[below[e]] += delta;
            }
        }
        // Within one step all deltas share a sign, so checking the touched issues afterwards is exact.
        for (int t = from; t < to && !changed; t++) {
            int e = order[t];
            changed = rising[e] == kind && violated(below[e], count, member, k);
        }
        return changed;
    }

    private static boolean violated(int i, int[] count, boolean[] member, int k) {
        return member[i] ? count[i] >= k : count[i] < k;
    }

    /** Event indices in ascending order of breakpoint. */
    private static int[] sortedByPosition(double[] at, int events) {
        long[] keys = new long[events];
        long mask = Robustness.sortIndices(at, events, keys);
        int[] order = new int[events];
        for (int e = 0; e < events; e++) {
            order[e] = (int) (keys[e] & mask);
        }
        return order;
    }
}
