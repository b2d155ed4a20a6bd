-- Open issues without a total (unscored, listed apart from the ranking), flagged so the backlog finds
-- them through an index instead of reading every open row: at national scale that read cost 30 ms
-- whenever anything had changed (docs/PERFORMANCE.md). Kept by kiku.scoring.RankingStore with the
-- total; a new issue is open and has no scores, hence the default.
ALTER TABLE issue ADD COLUMN unscored BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE issue SET unscored = (total IS NULL AND status IN ('NEW', 'ANALYZING', 'PLANNED', 'IN_PROGRESS'));
CREATE INDEX ix_issue_unscored ON issue (unscored, id);

