package kiku.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Direction;
import org.junit.jupiter.api.Test;

class ContributionsTest {

    @Test
    void partsAreWeightedNormalisedMeansAndAddUpToTheTotal() {
        CriterionSpec effect = new CriterionSpec(1, 3, 1, 5, Direction.BENEFIT, true);
        CriterionSpec cost = new CriterionSpec(2, 1, 0, 10, Direction.COST, true);
        List<Contributions.Part> parts = Contributions.of(List.of(effect, cost), Map.of("1", 4.0, "2", 2.5));
        // effect: 3/4 · (4-1)/4 · 100 = 56.25; cost: 1/4 · (10-2.5)/10 · 100 = 18.75
        assertEquals(56.25, parts.get(0).points(), 1e-9);
        assertEquals(75.0, parts.get(0).max(), 1e-9);
        assertEquals(18.75, parts.get(1).points(), 1e-9);
        assertEquals(25.0, parts.get(1).max(), 1e-9);
        assertEquals(75.0, parts.stream().mapToDouble(Contributions.Part::points).sum(), 1e-9);
    }

    @Test
    void noWeightMeansNoParts() {
        CriterionSpec zero = new CriterionSpec(1, 0, 1, 5, Direction.BENEFIT, true);
        assertEquals(List.of(), Contributions.of(List.of(zero), Map.of("1", 3.0)));
    }
}
