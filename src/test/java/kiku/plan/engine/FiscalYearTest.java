package kiku.plan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import kiku.plan.engine.FiscalYear.Half;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest(name = "{0} is in {1}年度")
    @CsvSource({
        "2024-04-01, 2024", "2025-03-31, 2024", "2025-04-01, 2025", "2024-03-31, 2023",
        "2024-12-31, 2024", "2025-01-01, 2024", "2024-02-29, 2023", "1900-04-01, 1900", "3000-03-31, 2999"
    })
    void fiscalYearOfDate(LocalDate date, int fy) {
        assertEquals(fy, FiscalYear.of(date));
    }

    @Test
    void startAndEnd() {
        assertEquals(LocalDate.of(2024, 4, 1), FiscalYear.start(2024));
        assertEquals(LocalDate.of(2025, 3, 31), FiscalYear.end(2024));
        // Consecutive fiscal years tile the calendar: no gap, no overlap.
        assertEquals(FiscalYear.end(2024).plusDays(1), FiscalYear.start(2025));
        assertEquals(2024, FiscalYear.of(FiscalYear.start(2024)));
        assertEquals(2024, FiscalYear.of(FiscalYear.end(2024)));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2024-04-01, FIRST", "2024-09-30, FIRST", "2024-10-01, SECOND", "2024-12-31, SECOND",
        "2025-01-01, SECOND", "2025-03-31, SECOND", "2025-04-01, FIRST"
    })
    void halfOfDate(LocalDate date, Half half) {
        assertEquals(half, FiscalYear.halfOf(date));
    }

    @Test
    void halfBoundaries() {
        assertEquals(LocalDate.of(2024, 4, 1), FiscalYear.start(2024, Half.FIRST));
        assertEquals(LocalDate.of(2024, 9, 30), FiscalYear.end(2024, Half.FIRST));
        assertEquals(LocalDate.of(2024, 10, 1), FiscalYear.start(2024, Half.SECOND));
        assertEquals(LocalDate.of(2025, 3, 31), FiscalYear.end(2024, Half.SECOND));
        assertEquals("上期", Half.FIRST.japanese());
        assertEquals("下期", Half.SECOND.japanese());
    }

    @Test
    void japanese() {
        assertEquals("2024年度", FiscalYear.japanese(2024));
        assertEquals("1900年度", FiscalYear.japanese(1900));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2024, 令和6年度", "2019, 令和元年度", "2020, 令和2年度", "2018, 平成30年度", "1989, 平成元年度",
        "1990, 平成2年度", "1988, 昭和63年度", "1926, 昭和元年度", "1925, 大正14年度", "1912, 大正元年度",
        "1911, 明治44年度", "1900, 明治33年度", "2999, 令和981年度"
    })
    void eraName(int fy, String expected) {
        assertEquals(expected, FiscalYear.reiwa(fy));
    }

    @Test
    void labels() {
        assertEquals("2024年度 上期", FiscalYear.label(2024, Half.FIRST));
        assertEquals("2024年度 下期", FiscalYear.label(2024, Half.SECOND));
        // A January date belongs to the previous calendar year's fiscal year and its second half.
        LocalDate jan = LocalDate.of(2025, 1, 15);
        assertEquals("2024年度 下期", FiscalYear.label(FiscalYear.of(jan), FiscalYear.halfOf(jan)));
    }

    @ParameterizedTest(name = "fiscal year {0} is refused")
    @ValueSource(ints = {1899, 3000, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void invalidYears(int fy) {
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.start(fy));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.end(fy));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.start(fy, Half.FIRST));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.end(fy, Half.SECOND));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.japanese(fy));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.reiwa(fy));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.label(fy, Half.FIRST));
    }

    @ParameterizedTest(name = "{0} is outside the supported fiscal years")
    @ValueSource(strings = {"1900-03-31", "3000-04-01", "1000-06-01"})
    void invalidDates(LocalDate date) {
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(date));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.halfOf(date));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> FiscalYear.of(null));
        assertThrows(NullPointerException.class, () -> FiscalYear.halfOf(null));
        assertThrows(NullPointerException.class, () -> FiscalYear.label(2024, null));
        assertThrows(NullPointerException.class, () -> FiscalYear.start(2024, null));
    }
}
