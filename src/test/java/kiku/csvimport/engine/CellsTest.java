package kiku.csvimport.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Values as typed into Excel: dates, fiscal years, numbers and lists of names. */
class CellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-04-01", "2024/4/1", "2024/04/01", "２０２４／４／１", "2024年4月1日", "令和6年4月1日",
            " 令和 6年4月1日 "})
    void datesInTheirUsualForms(String text) {
        assertEquals(LocalDate.of(2024, 4, 1), Cells.date(text));
    }

    @Test
    void eraDates() {
        assertEquals(LocalDate.of(2019, 5, 1), Cells.date("令和元年5月1日"));
        assertEquals(LocalDate.of(2018, 12, 3), Cells.date("平成30年12月3日"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/2/30", "2024-13-01", "4月1日", "yesterday", "2024/4", "0000/1/1", "1899/12/31",
            "3000-01-01", "令和1000年1月1日"})
    void notDates(String text) {
        assertNull(Cells.date(text));
    }

    @ParameterizedTest
    @CsvSource({"2024,2024", "2024年度,2024", "２０２４年度,2024", "令和6年度,2024", "令和元年度,2019", "FY2023,2023",
            "平成31年度,2019"})
    void fiscalYears(String text, int year) {
        assertEquals(year, Cells.fiscalYear(text));
    }

    @Test
    void notFiscalYears() {
        assertNull(Cells.fiscalYear("来年度"));
        assertNull(Cells.fiscalYear("24"));
    }

    @Test
    void numbersAndIds() {
        assertEquals(1200.5, Cells.number("1,200.5"));
        assertEquals(120.0, Cells.number("１２０"));
        assertNull(Cells.number("たくさん"));
        assertNull(Cells.number("NaN"));
        assertEquals(42L, Cells.id(" 42 "));
        assertNull(Cells.id("0"));
        assertNull(Cells.id("4.2"));
    }

    @Test
    void listsSplitOnIdeographicCommaAndSemicolon() {
        assertEquals(List.of("市民課", "税務課", "福祉課", "保険年金課"), Cells.list("市民課、税務課; 福祉課；保険年金課、"));
        assertEquals(List.of(), Cells.list(" "));
    }
}
