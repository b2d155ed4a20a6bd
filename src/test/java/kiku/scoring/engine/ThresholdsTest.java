package kiku.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private static final List<Double> CUTS = List.of(2.0, 4.0, 7.0, 10.0);

    @Test
    void mapsBelowAtAndAboveEachCut() {
        assertEquals(1, Thresholds.map(0, 1, CUTS), "0 departments: below the first cut");
        assertEquals(1, Thresholds.map(1.999, 1, CUTS));
        assertEquals(2, Thresholds.map(2, 1, CUTS), "exactly at a cut counts as reaching it");
        assertEquals(2, Thresholds.map(3, 1, CUTS));
        assertEquals(3, Thresholds.map(4, 1, CUTS));
        assertEquals(4, Thresholds.map(9.5, 1, CUTS), "fractional hours");
        assertEquals(5, Thresholds.map(10, 1, CUTS));
        assertEquals(5, Thresholds.map(1_000_000, 1, CUTS), "far above the last cut: the top of the scale");
    }

    @Test
    void followsTheScaleMinimum() {
        assertEquals(-2, Thresholds.map(0, -2, List.of(1.0, 2.0)));
        assertEquals(0, Thresholds.map(2, -2, List.of(1.0, 2.0)));
        assertEquals(3, Thresholds.map(0, 3, List.of(0.5)));
        assertEquals(4, Thresholds.map(0.5, 3, List.of(0.5)));
    }

    @Test
    void everyValueOfTheScaleIsReachable() {
        for (int value = 1; value <= 5; value++) {
            double input = value == 1 ? 0 : CUTS.get(value - 2);
            assertEquals(value, Thresholds.map(input, 1, CUTS));
        }
    }

    @Test
    void checksCountOrderSignAndFiniteness() {
        assertNull(Thresholds.check(CUTS, 1, 5));
        assertNull(Thresholds.check(List.of(0.0, 0.5), 0, 2), "0 is a valid cut");
        assertEquals(Thresholds.Fault.COUNT, Thresholds.check(List.of(2.0, 4.0, 7.0), 1, 5));
        assertEquals(Thresholds.Fault.COUNT, Thresholds.check(List.of(), 1, 5));
        assertEquals(Thresholds.Fault.COUNT, Thresholds.check(null, 1, 5));
        assertEquals(Thresholds.Fault.NOT_ASCENDING, Thresholds.check(List.of(2.0, 2.0, 7.0, 10.0), 1, 5));
        assertEquals(Thresholds.Fault.NOT_ASCENDING, Thresholds.check(List.of(4.0, 2.0, 7.0, 10.0), 1, 5));
        assertEquals(Thresholds.Fault.NEGATIVE, Thresholds.check(List.of(-1.0, 2.0, 7.0, 10.0), 1, 5));
        assertEquals(Thresholds.Fault.NOT_FINITE, Thresholds.check(List.of(1.0, Double.NaN, 7.0, 10.0), 1, 5));
        assertEquals(Thresholds.Fault.NOT_FINITE,
                Thresholds.check(List.of(1.0, 2.0, 7.0, Double.POSITIVE_INFINITY), 1, 5));
        assertEquals(Thresholds.Fault.NOT_FINITE, Thresholds.check(Arrays.asList(1.0, null, 7.0, 10.0), 1, 5));
        List<Double> many = new ArrayList<>();
        for (int i = 0; i <= Thresholds.MAX; i++) {
            many.add((double) i);
        }
        assertEquals(Thresholds.Fault.COUNT, Thresholds.check(many, 0, Thresholds.MAX + 1), "too many cuts");
        assertNull(Thresholds.check(Collections.nCopies(1, 3.0), 1, 2));
    }

    @Test
    void parsesWhatPeopleType() {
        assertEquals(CUTS, Thresholds.parse("2, 4, 7, 10"));
        assertEquals(CUTS, Thresholds.parse("2/4/7/10"));
        assertEquals(CUTS, Thresholds.parse("２、４、７、１０"), "full-width digits and Japanese commas");
        assertEquals(List.of(0.5, 1.25), Thresholds.parse(" 0.5 1.25 "));
        assertEquals(List.of(), Thresholds.parse("  "));
        assertEquals(List.of(-1.0), Thresholds.parse("-1"), "a sign is read; check() refuses it");
        assertThrows(NumberFormatException.class, () -> Thresholds.parse("2, x, 7"));
        assertThrows(NumberFormatException.class, () -> Thresholds.parse("2,,4"));
        assertThrows(NumberFormatException.class, () -> Thresholds.parse("1e400"));
        assertThrows(NumberFormatException.class, () -> Thresholds.parse("NaN"));
    }

    @Test
    void formatsAndReadsBackTheSameNumbers() {
        assertEquals("2,4,7,10", Thresholds.format(CUTS, ","));
        assertEquals("0.5/1.25", Thresholds.format(List.of(0.5, 1.25), "/"));
        List<Double> odd = List.of(0.00001, 0.1, 1.0 / 3, 123456.789, 1e20);
        assertEquals(odd, Thresholds.parse(Thresholds.format(odd, ",")));
    }
}
