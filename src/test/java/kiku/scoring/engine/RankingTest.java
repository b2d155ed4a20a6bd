package kiku.scoring.engine;

import static kiku.scoring.engine.Direction.BENEFIT;
import static kiku.scoring.engine.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kiku.scoring.engine.Ranking.PreviewItem;
import kiku.scoring.engine.Ranking.RankedItem;
import kiku.scoring.engine.Ranking.Scored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingTest {

    private static CriterionSpec benefit(long id, double weight) {
        return new CriterionSpec(id, weight, 1, 5, BENEFIT, true);
    }

    private static CriterionSpec cost(long id, double weight) {
        return new CriterionSpec(id, weight, 1, 5, COST, true);
    }

    private static CriterionSpec inactive(long id, double weight) {
        return new CriterionSpec(id, weight, 1, 5, BENEFIT, false);
    }

    @ParameterizedTest(name = "{0} {1}..{2}, scores {3}: u = {4}")
    @CsvSource({
        "BENEFIT, 1, 5, 4, 0.75",
        "BENEFIT, 1, 5, 1, 0",
        "BENEFIT, 1, 5, 5, 1",
        "COST,    1, 5, 2, 0.75", // (5 - 2) / 4
        "COST,    1, 5, 5, 0",
        "BENEFIT, 0, 10, 7, 0.7",
        "COST,    0, 10, 7, 0.3",
        "BENEFIT, 1, 3, 1 2, 0.25", // mean 1.5: (1.5 - 1) / 2
        "COST,    1, 3, 1 2, 0.75", // (3 - 1.5) / 2
        "BENEFIT, 1, 5, 3 4 4, 0.6666666666666666", // mean 11/3: (11/3 - 1) / 4 = 2/3
    })
    void normalizesTheMean(Direction direction, int min, int max, String scores, double expected) {
        int[] values = Arrays.stream(scores.split(" ")).mapToInt(Integer::parseInt).toArray();
        CriterionSpec c = new CriterionSpec(1, 1, min, max, direction, true);
        assertEquals(expected, Ranking.normalized(CellStats.of(values), c), 1e-12);
    }

    @Test
    void weightedSumOfBenefitAndCost() {
        // u1 = (4 - 1) / 4 = 0.75 (mean of 4, 4 and 3, 5), u2 = (5 - 2) / 4 = 0.75 (cost), u3 = (2 - 1) / 4 = 0.25
        // total = 100 * (2 * 0.75 + 1 * 0.75 + 1 * 0.25) / 4 = 100 * 2.5 / 4 = 62.5
        List<CriterionSpec> criteria = List.of(benefit(1, 2), cost(2, 1), benefit(3, 1));
        Map<Long, CellStats> cells = Map.of(1L, CellStats.of(4, 4, 3, 5), 2L, CellStats.of(2), 3L, CellStats.of(2));
        Evaluation e = Ranking.evaluate(7, cells, criteria);
        assertEquals(7, e.issueId());
        assertEquals(62.5, e.total(), 1e-9);
        assertTrue(e.ranked());
        assertEquals(List.of(), e.missingCriterionIds());
        assertTrue(e.disputed()); // 3 and 5 differ by 2, half of the 1..5 range
    }

    @Test
    void nonDefaultScales() {
        // 0..10 benefit, mean 7 -> 0.7; 1..3 cost, mean 1.5 -> 0.75. total = 100 * (3 * 0.7 + 1 * 0.75) / 4 = 71.25
        List<CriterionSpec> criteria = List.of(new CriterionSpec(1, 3, 0, 10, BENEFIT, true),
                new CriterionSpec(2, 1, 1, 3, COST, true));
        Evaluation e = Ranking.evaluate(1, Map.of(1L, CellStats.of(7), 2L, CellStats.of(1, 2)), criteria);
        assertEquals(71.25, e.total(), 1e-9);
    }

    @Test
    void inactiveAndZeroWeightCriteriaAreIgnored() {
        List<CriterionSpec> criteria = List.of(benefit(1, 1), inactive(2, 5), benefit(3, 0));
        assertEquals(List.of(benefit(1, 1)), Ranking.rankingCriteria(criteria));
        // Criterion 3 is not scored at all, criterion 2 is scored low: neither matters. u1 = 0.5 -> 50.
        Evaluation e = Ranking.evaluate(1, Map.of(1L, CellStats.of(3), 2L, CellStats.of(1)), criteria);
        assertEquals(50, e.total(), 1e-9);
        assertEquals(List.of(), e.missingCriterionIds());
    }

    @Test
    void nothingRankableWhenAllWeightsAreZeroOrInactive() {
        List<CriterionSpec> zero = List.of(benefit(1, 0), cost(2, 0));
        List<CriterionSpec> off = List.of(inactive(1, 1), inactive(2, 2));
        for (List<CriterionSpec> criteria : List.of(zero, off, List.<CriterionSpec>of())) {
            assertFalse(Ranking.rankable(criteria));
            Evaluation e = Ranking.evaluate(1, Map.of(1L, CellStats.of(1, 5), 2L, CellStats.of(3)), criteria);
            assertNull(e.total());
            assertFalse(e.ranked());
            assertEquals(List.of(), e.missingCriterionIds());
            assertFalse(e.disputed());
        }
        assertTrue(Ranking.rankable(List.of(benefit(1, 0), cost(2, 0.001))));
    }

    @Test
    void weightsAreRelative() {
        Map<Long, CellStats> cells = Map.of(1L, CellStats.of(4), 2L, CellStats.of(2, 3), 3L, CellStats.of(5));
        List<CriterionSpec> criteria = List.of(benefit(1, 0.3), cost(2, 1.7), benefit(3, 2));
        List<CriterionSpec> scaled = criteria.stream().map(c -> c.withWeight(c.weight() * 37)).toList();
        assertEquals(Ranking.evaluate(1, cells, criteria).total(), Ranking.evaluate(1, cells, scaled).total(), 1e-9);
    }

    @Test
    void oneRaterEqualsManyWithTheSameMean() {
        List<CriterionSpec> criteria = List.of(benefit(1, 1));
        double one = Ranking.evaluate(1, Map.of(1L, CellStats.of(4)), criteria).total();
        double many = Ranking.evaluate(2, Map.of(1L, CellStats.of(3, 5, 4, 4)), criteria).total();
        assertEquals(75, one, 1e-9);
        assertEquals(one, many, 1e-9);
    }

    @Test
    void disputedOnlyOnRankingCriteria() {
        Map<Long, CellStats> cells = Map.of(1L, CellStats.of(3, 4), 2L, CellStats.of(1, 5));
        // spread 4 on criterion 2 (1..5, half is 2) counts only while 2 is a ranking criterion
        assertTrue(Ranking.evaluate(1, cells, List.of(benefit(1, 1), cost(2, 1))).disputed());
        assertFalse(Ranking.evaluate(1, cells, List.of(benefit(1, 1), inactive(2, 1))).disputed());
        assertFalse(Ranking.evaluate(1, cells, List.of(benefit(1, 1), cost(2, 0))).disputed());
        // exactly half the range (2 of 4) is disputed, 1 is not
        assertTrue(Ranking.evaluate(1, Map.of(1L, CellStats.of(2, 4)), List.of(benefit(1, 1))).disputed());
        assertFalse(Ranking.evaluate(1, Map.of(1L, CellStats.of(3, 4)), List.of(benefit(1, 1))).disputed());
    }

    @Test
    void missingCriteriaLeaveTheIssueUnscored() {
        // ranking order is input order, not id order
        List<CriterionSpec> criteria = List.of(benefit(30, 1), inactive(5, 1), benefit(10, 1), cost(20, 1));
        Evaluation e = Ranking.evaluate(4, Map.of(10L, CellStats.of(1, 5)), criteria);
        assertNull(e.total());
        assertFalse(e.ranked());
        assertEquals(List.of(30L, 20L), e.missingCriterionIds());
        assertTrue(e.disputed(), "the scored criterion is still checked for disagreement");
    }

    @Test
    void competitionRanking1224WithTiesListedById() {
        List<RankedItem> ranked = Ranking.rank(List.of(new Scored(9, 80), new Scored(4, 70), new Scored(3, 80),
                new Scored(12, 90), new Scored(5, 80)));
        assertEquals(List.of(new RankedItem(1, 12, 90), new RankedItem(2, 3, 80), new RankedItem(2, 5, 80),
                new RankedItem(2, 9, 80), new RankedItem(5, 4, 70)), ranked);
        assertEquals(List.of(), Ranking.rank(List.of()));
    }

    @Test
    void totalsWithinOneBillionthTie() {
        List<RankedItem> ranked = Ranking.rank(List.of(new Scored(2, 50 + 1e-12), new Scored(1, 50),
                new Scored(3, 50 - 1e-6)));
        // 1 and 2 tie despite 2 being larger by 1e-12, so they are listed by id; 3 is 1e-6 below: rank 3
        assertEquals(List.of(1L, 2L, 3L), ranked.stream().map(RankedItem::issueId).toList());
        assertEquals(List.of(1, 1, 3), ranked.stream().map(RankedItem::rank).toList());
        assertEquals(50 + 1e-12, ranked.get(1).total());
    }

    @Test
    void nearTiesDoNotChain() {
        // 0.6e-9 apart each: the lowest is within 1e-9 of its neighbour but 1.2e-9 below the top one,
        // so one total is greater by more than 1e-9 and its rank is 2.
        List<RankedItem> ranked = Ranking.rank(List.of(new Scored(1, 50), new Scored(2, 50 + 0.6e-9),
                new Scored(3, 50 + 1.2e-9)));
        assertEquals(List.of(new RankedItem(1, 2, 50 + 0.6e-9), new RankedItem(1, 3, 50 + 1.2e-9),
                new RankedItem(2, 1, 50)), ranked);
    }

    @Test
    void rankingMatchesTheDefinitionOnManyRandomTotals() {
        Random random = new Random(7);
        List<Scored> items = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // few distinct values plus jitter of up to 2e-9, so ties, near ties and chains are common
            items.add(new Scored(i, random.nextInt(50) + random.nextInt(5) * 0.5e-9));
        }
        for (RankedItem item : Ranking.rank(items)) {
            long above = items.stream().filter(s -> s.total() > item.total() + 1e-9).count();
            assertEquals(above + 1, item.rank(), "issue " + item.issueId());
        }
    }

    @Test
    void ranksOneHundredThousandItemsExactly() {
        Random random = new Random(11);
        List<Scored> items = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(new Scored(i, Math.round(random.nextDouble() * 10_000) / 100.0));
        }
        // The generous timeout only catches a quadratic algorithm; timings live in the benchmark, not here.
        List<RankedItem> ranked = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Ranking.rank(items));
        assertEquals(100_000, ranked.size());
        double[] ascending = items.stream().mapToDouble(Scored::total).sorted().toArray();
        for (int i = 0; i < ranked.size(); i++) {
            RankedItem item = ranked.get(i);
            int notAbove = upperBound(ascending, item.total() + 1e-9);
            assertEquals(ascending.length - notAbove + 1, item.rank());
            if (i > 0) {
                RankedItem before = ranked.get(i - 1);
                assertTrue(before.rank() < item.rank() || before.issueId() < item.issueId());
            }
        }
    }

    /** Number of values <= x. */
    private static int upperBound(double[] ascending, double x) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void rankAllLeavesOutUnscoredIssues() {
        Map<Long, Map<Long, CellStats>> cells = Map.of(1L, Map.of(1L, CellStats.of(5)), 2L, Map.of());
        assertEquals(List.of(new RankedItem(1, 1, 100)), Ranking.rankAll(cells, List.of(benefit(1, 1))));
    }

    /*
     * Criteria A (id 1) weight 3 and B (id 2) weight 1, both BENEFIT 1..5.
     * Issue 10: A=5, B=1 -> 75; issue 20: A=1, B=5 -> 25; issue 30: A=3, B=3 -> 50; issue 40 has no B.
     * Current ranks: 10 -> 1, 30 -> 2, 20 -> 3.
     */
    private static final List<CriterionSpec> PREVIEW_CRITERIA = List.of(benefit(1, 3), benefit(2, 1));
    private static final Map<Long, Map<Long, CellStats>> PREVIEW_CELLS = Map.of(
            10L, Map.of(1L, CellStats.of(5), 2L, CellStats.of(1)),
            20L, Map.of(1L, CellStats.of(1), 2L, CellStats.of(5)),
            30L, Map.of(1L, CellStats.of(3), 2L, CellStats.of(3)),
            40L, Map.of(1L, CellStats.of(5)));

    @Test
    void previewReportsRankChanges() {
        // A=1, B=3: 10 -> 25, 20 -> 75, 30 -> 50
        List<PreviewItem> preview = Ranking.preview(PREVIEW_CELLS, PREVIEW_CRITERIA, Map.of(1L, 1.0, 2L, 3.0));
        assertEquals(List.of(new PreviewItem(1, 20, 75, 3, 2), new PreviewItem(2, 30, 50, 2, 0),
                new PreviewItem(3, 10, 25, 1, -2)), preview);
    }

    @Test
    void previewRanksIssuesThatAreUnscoredToday() {
        // B=0 (A keeps 3): only A counts, 10 and 40 -> 100, 30 -> 50, 20 -> 0; 40 has no current rank
        List<PreviewItem> preview = Ranking.preview(PREVIEW_CELLS, PREVIEW_CRITERIA, Map.of(2L, 0.0));
        assertEquals(List.of(new PreviewItem(1, 10, 100, 1, 0), new PreviewItem(1, 40, 100, null, null),
                new PreviewItem(3, 30, 50, 2, -1), new PreviewItem(4, 20, 0, 3, -1)), preview);
    }

    @Test
    void previewWithNothingRankableTodayHasNoCurrentRanks() {
        List<CriterionSpec> allZero = List.of(benefit(1, 0), benefit(2, 0));
        List<PreviewItem> preview = Ranking.preview(PREVIEW_CELLS, allZero, Map.of(1L, 1.0));
        assertEquals(4, preview.size());
        assertTrue(preview.stream().allMatch(p -> p.currentRank() == null && p.rankChange() == null));
    }

    @Test
    void previewThatMakesNothingRankableIsEmpty() {
        assertEquals(List.of(), Ranking.preview(PREVIEW_CELLS, PREVIEW_CRITERIA, Map.of(1L, 0.0, 2L, 0.0)));
    }

    @Test
    void previewRejectsUnknownCriteriaAndBadWeights() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Ranking.preview(PREVIEW_CELLS, PREVIEW_CRITERIA, Map.of(99L, 1.0)));
        assertTrue(unknown.getMessage().contains("99"), unknown.getMessage());
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class,
                    () -> Ranking.preview(PREVIEW_CELLS, PREVIEW_CRITERIA, Map.of(1L, bad)));
        }
        Map<Long, Double> nullWeight = new HashMap<>();
        nullWeight.put(1L, null);
        assertThrows(IllegalArgumentException.class,
                () -> Ranking.preview(PREVIEW_CELLS, PREVIEW_CRITERIA, nullWeight));
    }
}
