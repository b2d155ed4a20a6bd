package kiku.demo;

/**
 * How some demo issues' annual hours were estimated: every third issue counts its cases per year at
 * a quarter of an hour each, so the issue page shows the formula and the report the yen.
 */
final class DemoCityWorkload {

    static final double MINUTES_PER_CASE = 15;

    private DemoCityWorkload() {}

    /** Null where the hours were entered directly (or are unknown). */
    static Integer casesPerYear(DemoCity.Issue issue) {
        if (issue.annualHours() == null || Integer.parseInt(issue.key().substring(1)) % 3 != 1) {
            return null;
        }
        return (int) Math.round(issue.annualHours() * 60 / MINUTES_PER_CASE);
    }
}
