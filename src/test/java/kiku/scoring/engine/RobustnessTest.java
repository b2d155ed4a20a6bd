package kiku.scoring.engine;

import static kiku.scoring.engine.Direction.BENEFIT;
import static kiku.scoring.engine.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kiku.scoring.engine.Ranking.RankedItem;
import kiku.scoring.engine.Robustness.IssueRobustness;
import kiku.scoring.engine.Robustness.Model;
import kiku.scoring.engine.Robustness.NotRankableException;
import kiku.scoring.engine.Robustness.Result;
import kiku.scoring.engine.Robustness.WeightInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobustnessTest {

    private static CriterionSpec benefit(long id, double weight) {
        return new CriterionSpec(id, weight, 1, 5, BENEFIT, true);
    }

    /** One rater per cell, criteria 1, 2, ... in order; any mean in the scale's range. */
    private static Map<Long, CellStats> cells(double... means) {
        Map<Long, CellStats> cells = new HashMap<>();
        for (int c = 0; c < means.length; c++) {
            cells.put(c + 1L, new CellStats(1, means[c], (int) Math.floor(means[c]), (int) Math.ceil(means[c])));
        }
        return cells;
    }

    /** A random backlog over criteria 1..m on 1..5 (some COST), with continuous means so that totals never tie. */
    private static Map<Long, Map<Long, CellStats>> randomIssues(Random random, int n, int m, boolean integers) {
        Map<Long, Map<Long, CellStats>> issues = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double[] means = new double[m];
            for (int c = 0; c < m; c++) {
                means[c] = integers ? 1 + random.nextInt(5) : 1 + 4 * random.nextDouble();
            }
            issues.put(100L + i, cells(means));
        }
        return issues;
    }

    private static List<CriterionSpec> randomCriteria(Random random, int m) {
        List<CriterionSpec> criteria = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            criteria.add(new CriterionSpec(c + 1L, 0.1 + 5 * random.nextDouble(), 1, 5,
                    random.nextBoolean() ? BENEFIT : COST, true));
        }
        return criteria;
    }

    private static Set<Long> topKSet(Map<Long, Map<Long, CellStats>> issues, List<CriterionSpec> criteria, int k) {
        Set<Long> set = new HashSet<>();
        for (RankedItem item : Ranking.rankAll(issues, criteria)) {
            if (item.rank() <= k) {
                set.add(item.issueId());
            }
        }
        return set;
    }

    private static List<CriterionSpec> withWeight(List<CriterionSpec> criteria, long id, double weight) {
        return criteria.stream().map(c -> c.id() == id ? c.withWeight(weight) : c).toList();
    }

    /** A national backlog with thousands of samples would need more rank counters than a heap holds: refused, with what fits. */
    @Test
    void tooManyIssuesTimesSamplesIsRefusedWithTheLargestSampleCountThatFits() {
        Map<Long, Map<Long, CellStats>> issues = new HashMap<>();
        Random random = new Random(3);
        for (long id = 1; id <= 5_000; id++) {
            issues.put(id, cells(1 + random.nextInt(5), 1 + random.nextInt(5)));
        }
        List<CriterionSpec> criteria = List.of(benefit(1, 2), benefit(2, 1));

        Robustness.TooLargeException refused = assertThrows(Robustness.TooLargeException.class,
                () -> Robustness.analyse(issues, criteria, 10, 4_000, 0.3, 1));

        assertEquals(Robustness.MAX_TALLY / 5_000, refused.maxSamples());
        assertTrue((long) refused.maxSamples() * 5_000 <= Robustness.MAX_TALLY);
    }

    @Test
    void zeroPerturbationGivesTheCurrentRanking() {
        // 102 and 103 are identical, so they tie at rank 2 and both belong to the top 2; 104 is rank 4.
        Map<Long, Map<Long, CellStats>> issues = Map.of(101L, cells(5, 4), 102L, cells(4, 3), 103L, cells(4, 3),
                104L, cells(2, 3), 105L, cells(1, 1), 106L, cells(3, 2));
        List<CriterionSpec> criteria = List.of(benefit(1, 2), new CriterionSpec(2, 1, 1, 5, COST, true));
        List<RankedItem> current = Ranking.rankAll(issues, criteria);
        for (int samples : new int[] {1, 5, 37}) { // raw ranks (samples <= issues) and histogram
            Result result = Robustness.analyse(issues, criteria, 2, samples, 0, 7);
            assertEquals(current.size(), result.items().size());
            for (int i = 0; i < current.size(); i++) {
                IssueRobustness item = result.items().get(i);
                RankedItem expected = current.get(i);
                assertEquals(expected.issueId(), item.issueId());
                assertEquals(expected.rank(), item.rank());
                assertEquals(expected.rank() <= 2 ? 1.0 : 0.0, item.topKProbability());
                assertEquals(expected.rank(), item.rankP05());
                assertEquals(expected.rank(), item.rankP50());
                assertEquals(expected.rank(), item.rankP95());
            }
        }
        assertEquals(List.of(1, 2, 2, 4), current.stream().limit(4).map(RankedItem::rank).toList());
    }

    @Test
    void sameSeedSameResultOtherSeedOtherSamples() {
        Random random = new Random(1);
        Map<Long, Map<Long, CellStats>> issues = randomIssues(random, 30, 4, false);
        List<CriterionSpec> criteria = randomCriteria(random, 4);
        Result a = Robustness.analyse(issues, criteria, 5, 500, 0.3, 42);
        Result b = Robustness.analyse(new HashMap<>(issues), new ArrayList<>(criteria), 5, 500, 0.3, 42);
        assertEquals(a, b);
        Result c = Robustness.analyse(issues, criteria, 5, 500, 0.3, 43);
        assertNotEquals(a.items(), c.items());
        assertEquals(a.weightIntervals(), c.weightIntervals()); // the intervals do not sample
    }

    @Test
    void aDominatingIssueNeverRanksBelowTheDominatedOne() {
        Random random = new Random(2);
        for (int round = 0; round < 10; round++) {
            int m = 1 + random.nextInt(4);
            Map<Long, Map<Long, CellStats>> issues = randomIssues(random, 25, m, round % 2 == 0);
            List<CriterionSpec> criteria = randomCriteria(random, m);
            // 1 dominates 2: equal everywhere but one criterion; 3 equals 2 on every criterion.
            double[] base = new double[m];
            for (int c = 0; c < m; c++) {
                base[c] = 2 + random.nextInt(3);
            }
            double[] better = base.clone();
            int on = random.nextInt(m);
            better[on] += criteria.get(on).direction() == BENEFIT ? 0.5 : -0.5;
            issues.put(1L, cells(better));
            issues.put(2L, cells(base));
            issues.put(3L, cells(base));
            Model model = Robustness.model(issues, criteria);
            int n = model.size();
            List<int[]> dominating = new ArrayList<>(); // (i, j): u(i) >= u(j) everywhere, > somewhere
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    boolean ge = true;
                    boolean gt = false;
                    for (int c = 0; c < m; c++) {
                        ge &= model.u[i * m + c] >= model.u[j * m + c];
                        gt |= model.u[i * m + c] > model.u[j * m + c];
                    }
                    if (ge && (gt || i != j)) {
                        dominating.add(new int[] {i, j});
                    }
                }
            }
            assertTrue(dominating.size() >= 3);
            int[] violations = new int[1];
            Robustness.simulate(model, 200, 0.9, round, (ranks, sample) -> {
                for (int[] p : dominating) {
                    if (ranks[p[0]] > ranks[p[1]]) {
                        violations[0]++;
                    }
                }
            });
            assertEquals(0, violations[0]);
            Map<Long, IssueRobustness> byId = new HashMap<>();
            Robustness.analyse(issues, criteria, 3, 200, 0.9, round).items().forEach(r -> byId.put(r.issueId(), r));
            IssueRobustness one = byId.get(1L);
            IssueRobustness two = byId.get(2L);
            assertTrue(one.rankP05() <= two.rankP05() && one.rankP50() <= two.rankP50()
                    && one.rankP95() <= two.rankP95());
            assertTrue(one.topKProbability() >= two.topKProbability());
            assertEquals(two.topKProbability(), byId.get(3L).topKProbability());
            assertEquals(two.rankP50(), byId.get(3L).rankP50());
        }
    }

    @Test
    void probabilitiesAreSharesAndSumToKWithoutTies() {
        Random random = new Random(3);
        for (int k : new int[] {1, 4, 12, 40}) {
            Map<Long, Map<Long, CellStats>> issues = randomIssues(random, 40, 3, false);
            Result result = Robustness.analyse(issues, randomCriteria(random, 3), k, 400, 0.5, k);
            double sum = 0;
            for (IssueRobustness item : result.items()) {
                assertTrue(item.topKProbability() >= 0 && item.topKProbability() <= 1);
                assertTrue(item.rankP05() <= item.rankP50() && item.rankP50() <= item.rankP95());
                sum += item.topKProbability();
            }
            assertEquals(k, sum, 1e-9);
        }
        // With ties the top-K set can be larger than K: here 3 identical issues share rank 1 in every sample.
        Map<Long, Map<Long, CellStats>> tied = Map.of(1L, cells(5, 5), 2L, cells(5, 5), 3L, cells(5, 5),
                4L, cells(1, 2));
        Result result = Robustness.analyse(tied, List.of(benefit(1, 1), benefit(2, 3)), 2, 100, 0.5, 1);
        assertEquals(List.of(1.0, 1.0, 1.0, 0.0), result.items().stream().map(IssueRobustness::topKProbability).toList());
    }

    @Test
    void sampleRanksFollowRankingIncludingNearTies() {
        Random random = new Random(7);
        double[] offsets = {0, 1e-13, -1e-13, 4e-10, -6e-10, 1.5e-9, -2e-9, 1e-7};
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(60);
            double[] totals = new double[n];
            List<Ranking.Scored> scored = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double base = round % 5 == 0 ? 100 * random.nextDouble() : 25 * random.nextInt(5);
                totals[i] = base + offsets[random.nextInt(offsets.length)] * (round % 7 == 0 ? 1e4 : 1);
                scored.add(new Ranking.Scored(i, totals[i]));
            }
            int[] ranks = new int[n];
            Robustness.competitionRanks(totals, new long[n], ranks);
            for (RankedItem item : Ranking.rank(scored)) {
                assertEquals(item.rank(), ranks[(int) item.issueId()], () -> Arrays.toString(totals));
            }
        }
    }

    @ParameterizedTest(name = "P{0} of {1} ranks is the {2}th smallest")
    @CsvSource({
        "5, 1, 1", "50, 1, 1", "95, 1, 1",
        "5, 10, 1", // ceil(0.5) = 1
        "50, 10, 5", // ceil(5) = 5
        "95, 10, 10", // ceil(9.5) = 10
        "5, 19, 1", // ceil(0.95) = 1
        "5, 20, 1", // ceil(1.0) = 1, not 2
        "5, 21, 2", // ceil(1.05) = 2
        "95, 20, 19", // ceil(19.0) = 19
        "50, 3, 2", // ceil(1.5) = 2
        "95, 100000, 95000",
        "5, 2000, 100",
    })
    void nearestRank(int percent, int samples, int expected) {
        assertEquals(expected, Robustness.nearestRank(percent, samples));
    }

    @Test
    void percentilesAreNearestRanksOfTheSampledRanks() {
        // Ranks of 10 samples, sorted: 1 1 2 3 3 3 4 5 5 5 -> P05 = 1st = 1, P50 = 5th = 3, P95 = 10th = 5.
        int[] hand = {3, 5, 1, 3, 4, 2, 5, 1, 5, 3};
        int[] sortedHand = hand.clone();
        Arrays.sort(sortedHand);
        assertEquals(1, sortedHand[Robustness.nearestRank(5, 10) - 1]);
        assertEquals(3, sortedHand[Robustness.nearestRank(50, 10) - 1]);
        assertEquals(5, sortedHand[Robustness.nearestRank(95, 10) - 1]);

        // End to end against the per-sample ranks, for raw storage (samples <= issues) and the histogram.
        Random random = new Random(4);
        Map<Long, Map<Long, CellStats>> issues = randomIssues(random, 12, 3, false);
        List<CriterionSpec> criteria = randomCriteria(random, 3);
        for (int samples : new int[] {1, 3, 10, 12, 13, 21, 400}) {
            Model model = Robustness.model(issues, criteria);
            int[][] ranks = new int[model.size()][samples];
            Robustness.simulate(model, samples, 0.7, 9, (r, s) -> {
                for (int i = 0; i < r.length; i++) {
                    ranks[i][s] = r[i];
                }
            });
            Result result = Robustness.analyse(issues, criteria, 3, samples, 0.7, 9);
            for (int i = 0; i < model.size(); i++) {
                int[] sorted = ranks[i].clone();
                Arrays.sort(sorted);
                IssueRobustness item = result.items().get(i);
                assertEquals(model.ids[i], item.issueId());
                assertEquals(sorted[Math.max(1, (int) Math.ceil(0.05 * samples)) - 1], item.rankP05());
                assertEquals(sorted[(int) Math.ceil(0.50 * samples) - 1], item.rankP50());
                assertEquals(sorted[(int) Math.ceil(0.95 * samples) - 1], item.rankP95());
                long inTop = Arrays.stream(sorted).filter(r -> r <= 3).count();
                assertEquals((double) inTop / samples, item.topKProbability());
            }
        }
    }

    /**
     * Criteria 1 and 2 on 1..5 (u = (mean - 1) / 4), weights 2 and 1. X = 1: u = (1, 0.25); Y = 2: u = (0.5, 0.75);
     * Z = 3: u = (0, 1). Totals: X = 100 * 2.25 / 3 = 75, Y = 100 * 1.75 / 3 = 58.3, Z = 100 * 1 / 3 = 33.3.
     */
    private static final Map<Long, Map<Long, CellStats>> XYZ = Map.of(1L, cells(5, 2), 2L, cells(3, 4), 3L,
            cells(1, 5));
    private static final List<CriterionSpec> XYZ_CRITERIA = List.of(benefit(1, 2), benefit(2, 1));
    private static final double TOL = Ranking.TIE_TOLERANCE;

    @Test
    void handComputedIntervalsTop1() {
        List<WeightInterval> intervals = Robustness.analyse(XYZ, XYZ_CRITERIA, 1, 1, 0, 1).weightIntervals();
        // S = {X}. Weight x of criterion 1 (w2 = 1, so B = 1, A = u2 = X 0.25, Y 0.75, Z 1):
        // X above Y iff 100 (0.25 + x) - 100 (0.75 + 0.5 x) > tol (1 + x) iff x (50 - tol) > 50 + tol,
        // X above Z iff x (100 - tol) > 75 + tol. S = {X} needs X above both: x > (50 + tol) / (50 - tol) ~ 1.
        // At x = 1 exactly X and Y tie (both rank 1). No upper bound: more weight on criterion 1 only helps X.
        WeightInterval first = intervals.get(0);
        assertEquals(1, first.criterionId());
        assertEquals(2, first.weight());
        assertEquals((50 + TOL) / (50 - TOL), first.lower(), 1e-15);
        assertEquals(1, first.lower(), 1e-10);
        assertNull(first.upper());
        // Weight y of criterion 2 (w1 = 2: B = 2, A = 2 u1 = X 2, Y 1, Z 0; u2 = X 0.25, Y 0.75, Z 1):
        // X above Y iff 100 (2 + 0.25 y) - 100 (1 + 0.75 y) > tol (2 + y) iff y < (100 - 2 tol) / (50 + tol) ~ 2;
        // X above Z iff y < (200 - 2 tol) / (75 + tol) ~ 8/3. At y = 0: X 100, Y 50, Z 0, still S.
        WeightInterval second = intervals.get(1);
        assertEquals(2, second.criterionId());
        assertEquals(0, second.lower());
        assertEquals((100 - 2 * TOL) / (50 + TOL), second.upper(), 1e-15);
        assertEquals(2, second.upper(), 1e-9);
    }

    @Test
    void handComputedIntervalsTop2() {
        List<WeightInterval> intervals = Robustness.analyse(XYZ, XYZ_CRITERIA, 2, 1, 0, 1).weightIntervals();
        // S = {X, Y}: Z must stay below both. Criterion 1 (x): Y above Z iff 100 (0.75 + 0.5 x) - 100 > tol (1 + x)
        // iff x > (25 + tol) / (50 - tol) ~ 0.5; X above Z iff x > (75 + tol) / (100 - tol) ~ 0.75, the binding one.
        // (Below x ~ 1, Y passes X: an order change inside S, which does not count.)
        assertEquals((75 + TOL) / (100 - TOL), intervals.get(0).lower(), 1e-15);
        assertNull(intervals.get(0).upper());
        // Criterion 2 (y): X above Z iff y < (200 - 2 tol) / (75 + tol) ~ 8/3; Y above Z iff y < ~4.
        assertEquals(0, intervals.get(1).lower());
        assertEquals((200 - 2 * TOL) / (75 + TOL), intervals.get(1).upper(), 1e-15);
        assertEquals(8.0 / 3, intervals.get(1).upper(), 1e-9);
    }

    @Test
    void equalOnTheMovingCriterionIsUnbounded() {
        // A = 1: u = (1, 0.5), B = 2: u = (0.75, 0.5), weights 1 and 1; top 1 = {A}. Raising w2 = y shrinks A's lead
        // 100 * 0.25 / (1 + y) but never reverses it: upper is null (literally it would fall under the 1e-9
        // tolerance at y ~ 2.5e10, which is reported as unbounded). Lowering y to 0 keeps A first: lower 0.
        Map<Long, Map<Long, CellStats>> issues = Map.of(1L, cells(5, 3), 2L, cells(4, 3));
        List<WeightInterval> intervals = Robustness.analyse(issues, List.of(benefit(1, 1), benefit(2, 1)), 1, 1, 0, 1)
                .weightIntervals();
        assertEquals(new WeightInterval(2, 1, 0, null), intervals.get(1));
        // Criterion 1 (x, B = 1, A = 0.5 for both): they tie at x = 0 and A leads for every x > 0 (literally from
        // x > tol / (25 - tol) ~ 4e-11, the tie band of a vanishing gap, reported as 0).
        assertEquals(new WeightInterval(1, 1, 0, null), intervals.get(0));
    }

    @Test
    void unboundedIntervals() {
        // A single ranking criterion: its weight does not change any total; top-K covering everyone: nothing can.
        List<WeightInterval> single = Robustness.analyse(XYZ, List.of(benefit(1, 3), benefit(2, 0)), 1, 10, 0.2, 1)
                .weightIntervals();
        assertEquals(List.of(new WeightInterval(1, 3, 0, null)), single);
        List<WeightInterval> everyone = Robustness.analyse(XYZ, XYZ_CRITERIA, 3, 10, 0.2, 1).weightIntervals();
        assertEquals(List.of(new WeightInterval(1, 2, 0, null), new WeightInterval(2, 1, 0, null)), everyone);
    }

    @Test
    void intervalEndsAreWhereTheTopKSetChanges() {
        Random random = new Random(5);
        int finiteEnds = 0;
        for (int round = 0; round < 150; round++) {
            int n = 2 + random.nextInt(7);
            int m = 1 + random.nextInt(4);
            boolean integers = round % 3 == 0; // ties and coincident breakpoints
            Map<Long, Map<Long, CellStats>> issues = randomIssues(random, n, m, integers);
            List<CriterionSpec> criteria = randomCriteria(random, m);
            int k = 1 + random.nextInt(n);
            Set<Long> s = topKSet(issues, criteria, k);
            List<WeightInterval> intervals = Robustness.analyse(issues, criteria, k, 1, 0, 1).weightIntervals();
            assertEquals(m, intervals.size());
            for (int c = 0; c < m; c++) {
                WeightInterval interval = intervals.get(c);
                long id = criteria.get(c).id();
                double w = criteria.get(c).weight();
                double upper = interval.upper() == null ? Double.POSITIVE_INFINITY : interval.upper();
                assertEquals(id, interval.criterionId());
                assertEquals(w, interval.weight());
                assertTrue(interval.lower() <= w && w <= upper, interval + " should hold the current weight");
                if (m == 1) {
                    assertEquals(new WeightInterval(id, w, 0, null), interval);
                }
                for (int t = 0; t < 5; t++) { // anywhere inside
                    double hi = Math.min(upper, 4 * w + 10);
                    double x = interval.lower() + (hi - interval.lower()) * (0.001 + 0.998 * random.nextDouble());
                    assertEquals(s, topKSet(issues, withWeight(criteria, id, x), k), "inside " + interval + " at " + x);
                }
                double eps = 1e-6;
                if (interval.upper() != null) {
                    finiteEnds++;
                    assertTrue(upper > 0);
                    if (upper * (1 - eps) >= interval.lower()) {
                        assertEquals(s, topKSet(issues, withWeight(criteria, id, upper * (1 - eps)), k));
                    }
                    if (!integers) {
                        assertNotEquals(s, topKSet(issues, withWeight(criteria, id, upper * (1 + eps)), k),
                                "just above " + interval);
                    }
                }
                if (interval.lower() > 0) {
                    finiteEnds++;
                    if (interval.lower() * (1 + eps) <= upper) {
                        assertEquals(s, topKSet(issues, withWeight(criteria, id, interval.lower() * (1 + eps)), k));
                    }
                    if (!integers) {
                        assertNotEquals(s, topKSet(issues, withWeight(criteria, id, interval.lower() * (1 - eps)), k),
                                "just below " + interval);
                    }
                }
            }
        }
        assertTrue(finiteEnds > 50, "the random cases should exercise finite ends, got " + finiteEnds);
    }

    @Test
    void onlyRankedIssuesTakePart() {
        Map<Long, Map<Long, CellStats>> issues = new HashMap<>(XYZ);
        issues.put(9L, Map.of(1L, CellStats.of(5))); // criterion 2 missing: unscored
        Result result = Robustness.analyse(issues, XYZ_CRITERIA, 1, 50, 0.3, 1);
        assertEquals(List.of(1L, 2L, 3L), result.items().stream().map(IssueRobustness::issueId).toList());
        assertEquals(Robustness.analyse(XYZ, XYZ_CRITERIA, 1, 50, 0.3, 1), result);

        Result none = Robustness.analyse(Map.of(9L, Map.of(1L, CellStats.of(5))), XYZ_CRITERIA, 1, 50, 0.3, 1);
        assertEquals(List.of(), none.items());
        assertEquals(List.of(new WeightInterval(1, 2, 0, null), new WeightInterval(2, 1, 0, null)),
                none.weightIntervals());
    }

    @Test
    void invalidArgumentsThrow() {
        for (Runnable call : List.<Runnable>of(
                () -> Robustness.analyse(XYZ, XYZ_CRITERIA, 0, 10, 0.3, 1),
                () -> Robustness.analyse(XYZ, XYZ_CRITERIA, 1, 0, 0.3, 1),
                () -> Robustness.analyse(XYZ, XYZ_CRITERIA, 1, 10, -0.01, 1),
                () -> Robustness.analyse(XYZ, XYZ_CRITERIA, 1, 10, 1, 1),
                () -> Robustness.analyse(XYZ, XYZ_CRITERIA, 1, 10, Double.NaN, 1),
                () -> Robustness.analyse(XYZ, XYZ_CRITERIA, 1, 10, Double.POSITIVE_INFINITY, 1))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
            assertFalse(e instanceof NotRankableException);
        }
        assertThrows(NotRankableException.class,
                () -> Robustness.analyse(XYZ, List.of(benefit(1, 0), benefit(2, 0)), 1, 10, 0.3, 1));
        assertThrows(NotRankableException.class, () -> Robustness.analyse(XYZ, List.of(), 1, 10, 0.3, 1));
        assertThrows(NotRankableException.class, () -> Robustness.analyse(XYZ,
                List.of(new CriterionSpec(1, 2, 1, 5, BENEFIT, false)), 1, 10, 0.3, 1));
        // Argument errors are reported before rankability.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Robustness.analyse(XYZ, List.of(), 0, 10, 0.3, 1));
        assertFalse(e instanceof NotRankableException);
    }

    @Test
    void largeBacklogStaysFast() {
        Random random = new Random(6);
        Map<Long, Map<Long, CellStats>> issues = randomIssues(random, 1000, 5, false);
        List<CriterionSpec> criteria = randomCriteria(random, 5);
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Robustness.analyse(issues, criteria, 20, 100, 0.3, 1));
        assertEquals(1000, result.items().size());
        assertEquals(5, result.weightIntervals().size());
        assertNotNull(result.weightIntervals().get(0));
    }

    /** SCORING.md §7 on random backlogs, ties included: with p = 0 every sample is today's ranking. */
    @Test
    void zeroPerturbationGivesOnlyZeroOrOneOnRandomBacklogs() {
        Random random = new Random(9);
        for (int round = 0; round < 60; round++) {
            int n = 1 + random.nextInt(40);
            int m = 1 + random.nextInt(5);
            Map<Long, Map<Long, CellStats>> issues = randomIssues(random, n, m, round % 2 == 0);
            List<CriterionSpec> criteria = randomCriteria(random, m);
            int k = 1 + random.nextInt(n);
            Set<Long> top = topKSet(issues, criteria, k);
            Result result = Robustness.analyse(issues, criteria, k, 1 + random.nextInt(300), 0, round);
            for (IssueRobustness item : result.items()) {
                assertEquals(top.contains(item.issueId()) ? 1.0 : 0.0, item.topKProbability(), "issue " + item.issueId());
                assertEquals(item.rank(), item.rankP05());
                assertEquals(item.rank(), item.rankP95());
            }
        }
    }

    /**
     * Just past an interval's end the top-K set changes, just inside it holds, checked on backlogs
     * where the end is a single pair's crossing: two issues near the K-th place and the rest far apart.
     */
    @Test
    void crossingTheEdgeOfAnIntervalSwapsTheBorderPair() {
        // issue 1 leads on criterion 1, issue 2 on criterion 2; top 1 flips where their totals meet
        Map<Long, Map<Long, CellStats>> issues = Map.of(1L, cells(5, 1), 2L, cells(1, 4), 3L, cells(1, 1));
        List<CriterionSpec> criteria = List.of(benefit(1, 1), benefit(2, 1));
        WeightInterval second = Robustness.analyse(issues, criteria, 1, 1, 0, 1).weightIntervals().get(1);
        // 4 w1 = 3 w2 at the crossing: with w1 = 1, w2 = 4/3
        assertEquals(4.0 / 3, second.upper(), 1e-9);
        assertEquals(Set.of(1L), topKSet(issues, withWeight(criteria, 2, second.upper() - 1e-6), 1));
        assertEquals(Set.of(2L), topKSet(issues, withWeight(criteria, 2, second.upper() + 1e-6), 1));
    }
}
