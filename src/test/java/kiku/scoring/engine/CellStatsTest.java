package kiku.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellStatsTest {

    @Test
    void oneRaterIsItsOwnMean() {
        assertEquals(new CellStats(1, 4.0, 4, 4), CellStats.of(4));
        assertEquals(0, CellStats.of(4).spread());
    }

    @Test
    void manyRatersAreAveraged() {
        // (2 + 3 + 5 + 5) / 4 = 3.75, spread 5 - 2 = 3
        CellStats cell = CellStats.of(2, 3, 5, 5);
        assertEquals(4, cell.count());
        assertEquals(3.75, cell.mean(), 1e-12);
        assertEquals(2, cell.min());
        assertEquals(5, cell.max());
        assertEquals(3, cell.spread());
    }

    @Test
    void noScoresIsNotACell() {
        assertThrows(IllegalArgumentException.class, CellStats::of);
        assertThrows(IllegalArgumentException.class, () -> CellStats.of((int[]) null));
        assertThrows(IllegalArgumentException.class, () -> new CellStats(0, 0, 0, 0));
    }

    @ParameterizedTest(name = "scale {0}..{1}, scores {2} and {3}: disputed={4}")
    @CsvSource({
        // half the range of 1..5 is 2: exactly 2 is disputed, 1 is not
        "1, 5, 2, 4, true",
        "1, 5, 3, 4, false",
        "1, 5, 1, 5, true",
        // 0..10: half is 5
        "0, 10, 2, 7, true",
        "0, 10, 2, 6, false",
        // 1..4: half is 1.5, so integer spreads of 2 are disputed and 1 is not
        "1, 4, 1, 3, true",
        "1, 4, 1, 2, false",
        // 1..3: half is 1
        "1, 3, 2, 3, true",
        "1, 3, 2, 2, false",
    })
    void disputedFromHalfTheScale(int min, int max, int a, int b, boolean disputed) {
        CriterionSpec c = new CriterionSpec(1, 1, min, max, Direction.BENEFIT, true);
        assertEquals(disputed, CellStats.of(a, b).disputedOn(c));
    }
}
