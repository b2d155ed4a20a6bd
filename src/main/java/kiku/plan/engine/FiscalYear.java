package kiku.plan.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Japanese fiscal year (年度) arithmetic. A fiscal year runs April to March and is named after the calendar year in
 * which it starts: 2024年度 = 2024-04-01 .. 2025-03-31. City budgets are set once per fiscal year, which is why
 * Kiku plans issues into a fiscal year and a half (上期 April–September, 下期 October–March).
 *
 * <p>Fiscal years outside {@link #MIN}..{@link #MAX} are refused with {@link IllegalArgumentException}: they can
 * only come from a typo, and refusing them keeps the era table below finite. Null arguments throw
 * {@link NullPointerException}.
 */
public final class FiscalYear {

    public static final int MIN = 1900;
    public static final int MAX = 2999;

    /** The two halves of a fiscal year, the granularity of the roadmap. */
    public enum Half {
        /** 上期: April to September. */
        FIRST("上期", 4),
        /** 下期: October to March of the next calendar year. */
        SECOND("下期", 10);

        private final String japanese;
        private final int firstMonth;

        Half(String japanese, int firstMonth) {
            this.japanese = japanese;
            this.firstMonth = firstMonth;
        }

        /** 上期 or 下期. */
        public String japanese() {
            return japanese;
        }
    }

    /**
     * Japanese eras, newest first, with the calendar year each began. An era counts from the calendar year it began
     * in, and a fiscal year takes the era year of the calendar year it starts in; this gives the names in use today:
     * 2019 → 令和元年度 (Reiwa began 1 May 2019; the budget passed as 平成31年度 but the year is now 令和元年度, as
     * in 令和元年度決算), 1989 → 平成元年度.
     * Historical documents for 1912 and 1926 (eras that began in July and December) sometimes keep the old era for
     * that fiscal year; Kiku's data starts long after, so one simple rule wins over a table of exceptions.
     */
    private static final String[] ERA_NAMES = {"令和", "平成", "昭和", "大正", "明治"};
    private static final int[] ERA_FIRST_YEARS = {2019, 1989, 1926, 1912, 1868};

    private FiscalYear() {}

    /** The fiscal year a date falls in: 2024-04-01 → 2024, 2025-03-31 → 2024. */
    public static int of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return check(year);
    }

    /** 1 April of the fiscal year. */
    public static LocalDate start(int fy) {
        return LocalDate.of(check(fy), 4, 1);
    }

    /** 31 March of the next calendar year: the last day of the fiscal year. */
    public static LocalDate end(int fy) {
        return LocalDate.of(check(fy) + 1, 3, 31);
    }

    /** First day of a half: 1 April (上期) or 1 October (下期) of the fiscal year. */
    public static LocalDate start(int fy, Half half) {
        Objects.requireNonNull(half, "half");
        return LocalDate.of(check(fy), half.firstMonth, 1);
    }

    /** Last day of a half: 30 September (上期) or 31 March of the next calendar year (下期). */
    public static LocalDate end(int fy, Half half) {
        Objects.requireNonNull(half, "half");
        return half == Half.FIRST ? LocalDate.of(check(fy), 9, 30) : end(fy);
    }

    /** The half a date falls in: April–September → FIRST, October–March → SECOND. */
    public static Half halfOf(LocalDate date) {
        of(date); // same validation as of(): a date outside the supported fiscal years has no half either
        int month = date.getMonthValue();
        return month >= 4 && month <= 9 ? Half.FIRST : Half.SECOND;
    }

    /** "2024年度": the form the Japanese UI shows by default. */
    public static String japanese(int fy) {
        return check(fy) + "年度";
    }

    /**
     * The era form shown beside the Western one: 2024 → "令和6年度", 2019 → "令和元年度", 2018 → "平成30年度".
     * Year 1 of an era is written 元 (gan), as Japanese usage requires. Before 2019 the era is Heisei (1989–2018),
     * and before that Showa, Taisho or Meiji, so that every supported year has a name.
     */
    public static String reiwa(int fy) {
        check(fy);
        for (int i = 0; i < ERA_FIRST_YEARS.length; i++) {
            if (fy >= ERA_FIRST_YEARS[i]) {
                int year = fy - ERA_FIRST_YEARS[i] + 1;
                return ERA_NAMES[i] + (year == 1 ? "元" : Integer.toString(year)) + "年度";
            }
        }
        throw new AssertionError("MIN is covered by the era table: " + fy);
    }

    /** "2024年度 上期" / "2024年度 下期": the roadmap's column heading. */
    public static String label(int fy, Half half) {
        Objects.requireNonNull(half, "half");
        return japanese(fy) + " " + half.japanese();
    }

    private static int check(int fy) {
        if (fy < MIN || fy > MAX) {
            throw new IllegalArgumentException("fiscal year must be in " + MIN + ".." + MAX + ": " + fy);
        }
        return fy;
    }
}
