-- The fiscal-year plan: per issue an estimate of its cost (yen) and staff effort (hours) and the
-- half of its fiscal year (FIRST = 上期 Apr-Sep, SECOND = 下期 Oct-Mar); per fiscal year what the
-- city can spend. All nullable: an issue without estimates simply cannot be suggested.
ALTER TABLE issue ADD COLUMN estimated_cost_yen BIGINT;
ALTER TABLE issue ADD COLUMN effort_hours DOUBLE PRECISION;
ALTER TABLE issue ADD COLUMN planned_half VARCHAR(8);
CREATE INDEX ix_issue_fiscal_year ON issue (fiscal_year);

CREATE TABLE fiscal_year_capacity (
    fiscal_year INTEGER          NOT NULL PRIMARY KEY,
    budget_yen  BIGINT           NOT NULL,
    staff_hours DOUBLE PRECISION NOT NULL,
    version     BIGINT           NOT NULL
);
