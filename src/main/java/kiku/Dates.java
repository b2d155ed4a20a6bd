package kiku;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates Kiku keeps: 1900-01-01 to 2999-12-31, written YYYY-MM-DD. Outside them a date does not
 * come back as it went in (before the calendar change of 1582, 0000-01-01 is read back as
 * 0001-01-01; H2 turns +999999999-12-31 into another day), and no hearing or plan needs them.
 */
public final class Dates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private Dates() {}

    public static boolean kept(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** A YYYY-MM-DD date in the range above; anything else is a DateTimeParseException. */
    public static LocalDate parse(String text) {
        LocalDate date = LocalDate.parse(text);
        if (!kept(date)) {
            throw new DateTimeParseException("outside " + FIRST + " to " + LAST, text, 0);
        }
        return date;
    }
}
