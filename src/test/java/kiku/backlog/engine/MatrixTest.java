package kiku.backlog.engine;

import static kiku.scoring.engine.Direction.BENEFIT;
import static kiku.scoring.engine.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Random;
import kiku.backlog.engine.Matrix.Quadrant;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Ranking;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private static final CriterionSpec EFFECT = new CriterionSpec(1, 3, 1, 5, BENEFIT, true);
    private static final CriterionSpec REACH = new CriterionSpec(2, 1, 0, 10, BENEFIT, true);
    private static final CriterionSpec COSTLY = new CriterionSpec(3, 2, 1, 5, COST, true);
    private static final CriterionSpec HARD = new CriterionSpec(4, 1, 1, 3, COST, true);
    private static final List<CriterionSpec> ALL = List.of(EFFECT, REACH, COSTLY, HARD);

    @Test
    void compositesAreWeightedMeansOfTheNormalisedScores() {
        // effect 4 of 1..5 -> .75, reach 2 of 0..10 -> .2; value = (3*.75 + 1*.2) / 4
        // cost 2 of 1..5 -> effort .25, difficulty 3 of 1..3 -> effort 1; effort = (2*.25 + 1*1) / 3
        Map<Long, CellStats> cells = Map.of(1L, CellStats.of(4), 2L, CellStats.of(1, 3), 3L, CellStats.of(2),
                4L, CellStats.of(3));
        assertEquals((3 * .75 + .2) / 4, Matrix.value(cells, ALL), 1e-12);
        assertEquals((2 * .25 + 1) / 3, Matrix.effort(cells, ALL), 1e-12);
    }

    @Test
    void theTotalIsTheWeightedBlendOfBothAxes() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            Map<Long, CellStats> cells = Map.of(1L, CellStats.of(1 + random.nextInt(5)),
                    2L, CellStats.of(random.nextInt(11), random.nextInt(11)), 3L, CellStats.of(1 + random.nextInt(5)),
                    4L, CellStats.of(1 + random.nextInt(3)));
            double value = Matrix.value(cells, ALL);
            double effort = Matrix.effort(cells, ALL);
            // total = 100 * (4 * value + 3 * (1 - effort)) / 7 with benefit weights 4 and cost weights 3
            double total = Ranking.evaluate(1, cells, ALL).total();
            assertEquals(total, 100 * (4 * value + 3 * (1 - effort)) / 7, 1e-9);
            assertEquals(value >= 0 && value <= 1 && effort >= 0 && effort <= 1, true);
        }
    }

    @Test
    void onlyRankingCriteriaCountAndAMissingCellOrKindGivesNull() {
        List<CriterionSpec> inactive = List.of(EFFECT, REACH.withWeight(0),
                new CriterionSpec(3, 2, 1, 5, COST, false));
        Map<Long, CellStats> cells = Map.of(1L, CellStats.of(5), 2L, CellStats.of(0));
        assertEquals(1.0, Matrix.value(cells, inactive));
        assertNull(Matrix.effort(cells, inactive), "no ranking COST criterion");
        assertNull(Matrix.value(Map.of(2L, CellStats.of(3)), ALL), "effect not scored");
    }

    @Test
    void quadrantsSplitAtTheMiddle() {
        assertEquals(Quadrant.QUICK_WIN, Matrix.quadrant(0.9, 0.1));
        assertEquals(Quadrant.QUICK_WIN, Matrix.quadrant(0.5, 0.5));
        assertEquals(Quadrant.MAJOR_PROJECT, Matrix.quadrant(0.9, 0.51));
        assertEquals(Quadrant.FILL_IN, Matrix.quadrant(0.49, 0.2));
        assertEquals(Quadrant.RECONSIDER, Matrix.quadrant(0.1, 0.9));
    }
}
