-- Derived criteria: a criterion may be computed from an issue's data instead of scored by raters.
-- source: SCORED (raters score it), DEPARTMENTS (distinct departments behind the issue) or
-- ANNUAL_HOURS (the issue's annual hours); thresholds: ascending cut points that map the input
-- onto the scale, e.g. "2,4,7,10" for 1..5 (value = minScore + number of cut points <= input).
ALTER TABLE criterion ADD COLUMN source VARCHAR(20) DEFAULT 'SCORED' NOT NULL;
ALTER TABLE criterion ADD COLUMN thresholds VARCHAR(4000);

-- The computed values: one per (issue, criterion), no rater. Kept apart from score so that a
-- computed value never counts as a person's judgement (raters, blind scoring, scale checks).
CREATE TABLE derived_score (
    issue_id     BIGINT  NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    criterion_id BIGINT  NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    score_value  INTEGER NOT NULL,
    PRIMARY KEY (issue_id, criterion_id)
);
CREATE INDEX ix_derived_score_criterion ON derived_score (criterion_id);
