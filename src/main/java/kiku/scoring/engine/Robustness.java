package kiku.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ObjIntConsumer;
import kiku.scoring.engine.Ranking.RankedItem;

/**
 * How much the ranking depends on the exact weights (SCORING.md §7): a Monte Carlo view (ranks under randomly
 * perturbed weights) and a one-weight-at-a-time view ({@link WeightIntervals}). Deterministic for the same input
 * and seed. Only issues ranked under the current weights take part.
 */
public final class Robustness {

    /** {@code items} in current rank order (rank, then issue id); {@code weightIntervals} in ranking-criteria order. */
    public record Result(List<IssueRobustness> items, List<WeightInterval> weightIntervals) {
        public Result {
            items = List.copyOf(items);
            weightIntervals = List.copyOf(weightIntervals);
        }
    }

    public record IssueRobustness(long issueId, int rank, double topKProbability, int rankP05, int rankP50,
            int rankP95) {}

    /** The weights of one criterion (others fixed) that keep the top-K set; {@code upper} null when unbounded. */
    public record WeightInterval(long criterionId, double weight, double lower, Double upper) {}

    /** No criterion can rank (none active with weight > 0): a valid request the domain refuses (422). */
    public static final class NotRankableException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public NotRankableException(String message) {
            super(message);
        }
    }

    /**
     * The most rank counters one analysis may hold (ints: 64 MB). The tally keeps, per ranked issue,
     * min(issues + 1, samples) counters; a national backlog of 90,000 issues with 2,000 samples would
     * need 720 MB, more than a small server's heap, so it is refused with the largest sample count that fits.
     */
    public static final long MAX_TALLY = 16_000_000;

    /** Too many ranked issues for this many samples within {@link #MAX_TALLY}. */
    public static final class TooLargeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int maxSamples;

        TooLargeException(int issues, int samples, int maxSamples) {
            super(issues + " ranked issues x " + samples + " samples exceed the tally limit; at most " + maxSamples
                    + " samples fit");
            this.maxSamples = maxSamples;
        }

        public int maxSamples() {
            return maxSamples;
        }
    }

    /**
     * The ranked issues in current rank order with u(i,c) over the ranking criteria, computed once so that a sample
     * costs O(issues x criteria) plus a sort. {@code u} is row-major: u(i,c) = u[i * m + c].
     */
    static final class Model {
        final List<CriterionSpec> criteria;
        final double[] weights;
        final long[] ids;
        final int[] ranks;
        final double[] u;

        private Model(List<CriterionSpec> criteria, double[] weights, long[] ids, int[] ranks, double[] u) {
            this.criteria = criteria;
            this.weights = weights;
            this.ids = ids;
            this.ranks = ranks;
            this.u = u;
        }

        int size() {
            return ids.length;
        }

        int criteriaCount() {
            return weights.length;
        }
    }

    private static final int[] PERCENTILES = {5, 50, 95};

    private Robustness() {}

    public static Result analyse(Map<Long, Map<Long, CellStats>> cellsByIssue, Collection<CriterionSpec> criteria,
            int topK, int samples, double perturbation, long seed) {
        return analyse(CellTable.of(cellsByIssue), criteria, topK, samples, perturbation, seed);
    }

    /** {@link #analyse(Map, Collection, int, int, double, long)} over a compact table. */
    public static Result analyse(CellTable cells, Collection<CriterionSpec> criteria, int topK, int samples,
            double perturbation, long seed) {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1, got " + topK);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
        // Written as !(ok) so that NaN fails too; infinity fails "< 1".
        if (!(perturbation >= 0 && perturbation < 1)) {
            throw new IllegalArgumentException("perturbation must be in [0, 1), got " + perturbation);
        }
        Model model = model(cells, criteria);
        int n = model.size();
        // Per issue either a rank histogram (n + 1 counters) or the raw sampled ranks, whichever is smaller, so
        // memory stays at issues x min(issues + 1, samples) ints: 1,000 issues x 100,000 samples is 4 MB.
        long perIssue = samples > n ? n + 1L : samples;
        if ((long) n * perIssue > MAX_TALLY) {
            throw new TooLargeException(n, samples, (int) (MAX_TALLY / n));
        }
        // The intervals first: at national scale each step needs tens of MB, and not both at once.
        List<WeightInterval> intervals = WeightIntervals.compute(model, topK);
        return new Result(monteCarlo(model, topK, samples, perturbation, seed), intervals);
    }

    private static List<IssueRobustness> monteCarlo(Model model, int topK, int samples, double perturbation,
            long seed) {
        int n = model.size();
        boolean histogram = samples > n;
        int[][] tally = new int[n][histogram ? n + 1 : samples];
        int[] inTopK = new int[n];
        simulate(model, samples, perturbation, seed, (ranks, sample) -> {
            for (int i = 0; i < n; i++) {
                int r = ranks[i];
                if (r <= topK) {
                    inTopK[i]++;
                }
                if (histogram) {
                    tally[i][r]++;
                } else {
                    tally[i][sample] = r;
                }
            }
        });
        List<IssueRobustness> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] p = new int[PERCENTILES.length];
            if (!histogram) {
                Arrays.sort(tally[i]);
            }
            for (int q = 0; q < PERCENTILES.length; q++) {
                int k = nearestRank(PERCENTILES[q], samples);
                p[q] = histogram ? kthFromHistogram(tally[i], k) : tally[i][k - 1];
            }
            items.add(new IssueRobustness(model.ids[i], model.ranks[i], (double) inTopK[i] / samples, p[0], p[1],
                    p[2]));
        }
        return items;
    }

    /** Evaluates every issue under the current weights; throws {@link NotRankableException} if no criterion ranks. */
    static Model model(Map<Long, Map<Long, CellStats>> cellsByIssue, Collection<CriterionSpec> criteria) {
        return model(CellTable.of(cellsByIssue), criteria);
    }

    static Model model(CellTable cells, Collection<CriterionSpec> criteria) {
        if (!Ranking.rankable(criteria)) {
            throw new NotRankableException("nothing can be ranked: no active criterion has a weight above 0");
        }
        List<CriterionSpec> ranking = Ranking.rankingCriteria(criteria);
        List<RankedItem> ranked = Ranking.rankAll(cells, criteria);
        int n = ranked.size();
        int m = ranking.size();
        double[] weights = new double[m];
        int[] columns = new int[m];
        for (int c = 0; c < m; c++) {
            weights[c] = ranking.get(c).weight();
            columns[c] = cells.column(ranking.get(c).id());
        }
        long[] ids = new long[n];
        int[] ranks = new int[n];
        double[] u = new double[n * m];
        for (int i = 0; i < n; i++) {
            ids[i] = ranked.get(i).issueId();
            ranks[i] = ranked.get(i).rank();
            int row = cells.row(ids[i]);
            for (int c = 0; c < m; c++) {
                u[i * m + c] = Ranking.normalized(cells.mean(row, columns[c]), ranking.get(c));
            }
        }
        return new Model(ranking, weights, ids, ranks, u);
    }

    /**
     * Runs the samples and hands each one's ranks (indexed like {@code model.ids}; the array is reused) and the
     * sample number to {@code sink}. One {@link Random}, drawn sample by sample and criterion by criterion in
     * ranking-criteria order, so the same seed gives the same samples. With p = 0 the weights, and so the totals, are
     * bit for bit those of {@link Ranking#evaluate}.
     */
    static void simulate(Model model, int samples, double perturbation, long seed, ObjIntConsumer<int[]> sink) {
        int n = model.size();
        int m = model.criteriaCount();
        Random random = new Random(seed);
        double[] w = new double[m];
        double[] totals = new double[n];
        long[] keys = new long[n];
        int[] ranks = new int[n];
        for (int sample = 0; sample < samples; sample++) {
            double weightSum = 0;
            for (int c = 0; c < m; c++) {
                double r = perturbation * (2 * random.nextDouble() - 1); // uniform in [-p, +p)
                w[c] = model.weights[c] * (1 + r);
                weightSum += w[c];
            }
            for (int i = 0; i < n; i++) {
                double weighted = 0;
                for (int c = 0, at = i * m; c < m; c++, at++) {
                    weighted += w[c] * model.u[at];
                }
                totals[i] = 100 * weighted / weightSum; // same expression as Ranking.evaluate
            }
            competitionRanks(totals, keys, ranks);
            sink.accept(ranks, sample);
        }
    }

    /** §4: rank = 1 + the number of totals above this one by more than the tolerance, the predicate Ranking uses. */
    static void competitionRanks(double[] totals, long[] keys, int[] ranks) {
        int n = totals.length;
        long mask = sortIndices(totals, n, keys);
        int above = 0; // issues at the top of the order whose total exceeds the current one by more than tolerance
        for (int p = n - 1; p >= 0; p--) {
            int i = (int) (keys[p] & mask);
            double bar = totals[i] + Ranking.TIE_TOLERANCE;
            while (totals[(int) (keys[n - 1 - above] & mask)] > bar) {
                above++;
            }
            ranks[i] = above + 1;
        }
    }

    /**
     * Fills keys[0, count) with the indices 0..count-1 in ascending order of values[index] (NaN-free), in the low
     * bits of each key (returns their mask). Fast path with primitive sorts only: a key is the value's bits in an
     * order-preserving form with the low bits replaced by the index; an insertion pass then orders by exact value the
     * neighbours that agree in the kept bits. Should many values crowd together (near-equal but not equal), the pass
     * gives up after a linear budget and the exact fallback sorts by each value's position among the sorted values.
     */
    static long sortIndices(double[] values, int count, long[] keys) {
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(count - 1));
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < count; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            bits ^= (bits >> 63) & Long.MAX_VALUE; // negative doubles: signed long order = numeric order
            keys[i] = ((bits >> indexBits) << indexBits) | i;
        }
        Arrays.sort(keys, 0, count);
        long budget = 4L * count + 64;
        for (int p = 1; p < count; p++) {
            long key = keys[p];
            double value = values[(int) (key & mask)];
            int q = p - 1;
            while (q >= 0 && values[(int) (keys[q] & mask)] > value) {
                keys[q + 1] = keys[q];
                q--;
                if (--budget < 0) {
                    return sortIndicesByPosition(values, count, keys);
                }
            }
            keys[q + 1] = key;
        }
        return mask;
    }

    private static long sortIndicesByPosition(double[] values, int count, long[] keys) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        for (int i = 0; i < count; i++) {
            // Equal values may get different positions, but all within their own run, so the order holds.
            keys[i] = ((long) Arrays.binarySearch(sorted, values[i]) << 32) | i;
        }
        Arrays.sort(keys, 0, count);
        return 0xFFFF_FFFFL;
    }

    /** Nearest rank: the P-th percentile of N values is the ceil(P/100 * N)-th smallest, at least the 1st. */
    static int nearestRank(int percent, int samples) {
        // Integer arithmetic: 0.05 * N in doubles could land a hair above a whole number and ceil one too far.
        return (int) Math.max(1, ((long) percent * samples + 99) / 100);
    }

    private static int kthFromHistogram(int[] histogram, int k) {
        int seen = 0;
        for (int rank = 1; rank < histogram.length; rank++) {
            seen += histogram[rank];
            if (seen >= k) {
                return rank;
            }
        }
        throw new IllegalStateException("histogram holds fewer than " + k + " ranks");
    }
}
