-- Only open issues carry a ranking total (kiku.scoring.RankingStore), so that "ranked and open"
-- is "total is not null" and the backlog pages over ix_issue_rank without reading closed rows.
UPDATE issue SET total = NULL WHERE status NOT IN ('NEW', 'ANALYZING', 'PLANNED', 'IN_PROGRESS');

-- Each issue's scores in short (kiku.scoring.engine.ScoreSummary), kept beside its total so a
-- backlog page reads one row per issue. Existing rows start NULL and are filled by the first start
-- after this migration (kiku.scoring.SummaryBackfill, flagged by ranking_lock.rebuild); new issues
-- start without scores, which is the empty summary.
ALTER TABLE issue ADD COLUMN score_summary VARCHAR(20000);
ALTER TABLE issue ALTER COLUMN score_summary SET DEFAULT '';
ALTER TABLE ranking_lock ADD COLUMN rebuild BOOLEAN DEFAULT TRUE NOT NULL;
