package kiku.scoring;

/** Where a criterion's values come from: raters' scores, or computed from the issue's own data. */
public enum CriterionSource {
    /** Raters score it (the default, and every criterion before V7). */
    SCORED,
    /** The number of distinct departments behind the issue (its own and its hearings'), see kiku.issue.Backing. */
    DEPARTMENTS,
    /** The annual hours (entered, or cases per year x minutes per case); none without hours. */
    ANNUAL_HOURS;

    public boolean derived() {
        return this != SCORED;
    }
}
