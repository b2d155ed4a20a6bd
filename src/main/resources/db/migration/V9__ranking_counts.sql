-- Open issues without a total (unscored, listed apart from the ranking), flagged so the backlog finds
-- them through an index instead of reading every open row: at national scale that read cost 30 ms
-- whenever anything had changed (docs/PERFORMANCE.md). Kept by kiku.scoring.RankingStore with the
-- total; a new issue is open and has no scores, hence the default.
ALTER TABLE issue ADD COLUMN unscored BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE issue SET unscored = (total IS NULL AND status IN ('NEW', 'ANALYZING', 'PLANNED', 'IN_PROGRESS'));
CREATE INDEX ix_issue_unscored ON issue (unscored, id);

-- How many open issues carry a total, kept by RankingStore with the totals: the backlog states it
-- on every page, and counting it is a walk over the whole ranking index (24 ms at national scale).
ALTER TABLE ranking_lock ADD COLUMN ranked_count BIGINT DEFAULT 0 NOT NULL;
UPDATE ranking_lock SET ranked_count = (SELECT COUNT(*) FROM issue WHERE total IS NOT NULL);
