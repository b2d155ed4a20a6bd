-- Totals are no longer stored: each instance ranks the open issues from issue_summary in memory
-- (kiku.scoring.LiveRanking), because a weight change rewrote every stored total and its index
-- entry, 10-13 s at national scale (docs/PERFORMANCE.md). What keeps every instance right is a
-- version that each change of what the ranking reads bumps in the same transaction, and a log of
-- the issues each version changed; issue_id NULL means "everything" (weights, criteria, restores).
ALTER TABLE ranking_lock ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE TABLE ranking_change (
    version BIGINT NOT NULL,
    issue_id BIGINT
);
CREATE INDEX ix_ranking_change ON ranking_change (version);
DROP INDEX ix_issue_unscored;
DROP INDEX ix_issue_rank;
ALTER TABLE issue DROP COLUMN unscored;
ALTER TABLE issue DROP COLUMN total;
