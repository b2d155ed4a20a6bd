-- Each issue's scores in short (kiku.scoring.engine.ScoreSummary) move from the wide issue row
-- into a narrow table: the preview, the sensitivity analysis, the matrix and a weight change read
-- every open issue's summary, and at national scale reading them from the issue rows (title,
-- description, background, proposal...) took four times as long (docs/PERFORMANCE.md). An issue
-- without scores has no row. Summaries not built yet (NULL: ranking_lock.rebuild is then set and
-- kiku.scoring.SummaryBackfill rebuilds every one) are not copied.
CREATE TABLE issue_summary (
    issue_id BIGINT NOT NULL PRIMARY KEY REFERENCES issue (id) ON DELETE CASCADE,
    summary VARCHAR(20000) NOT NULL
);
INSERT INTO issue_summary (issue_id, summary)
    SELECT id, score_summary FROM issue WHERE score_summary IS NOT NULL AND score_summary <> '';
ALTER TABLE issue DROP COLUMN score_summary;
