package kiku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2024-04-01", "2999-12-31"})
    void keptDatesParse(String text) {
        assertEquals(LocalDate.parse(text), Dates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "3000-01-01", "0000-01-01", "-0001-01-01", "+10000-01-01", "2024-02-30",
            "2024/04/01", ""})
    void othersAreRefused(String text) {
        assertThrows(DateTimeParseException.class, () -> Dates.parse(text));
    }
}
