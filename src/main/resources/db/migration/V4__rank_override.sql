-- A manager's exception to the computed ranking: the issue is placed directly above or directly
-- below another issue, always with a reason. The computed rank is kept and shown beside it.
CREATE TABLE rank_override (
    issue_id              BIGINT        NOT NULL PRIMARY KEY REFERENCES issue (id) ON DELETE CASCADE,
    placed_above_issue_id BIGINT        REFERENCES issue (id) ON DELETE CASCADE,
    placed_below_issue_id BIGINT        REFERENCES issue (id) ON DELETE CASCADE,
    reason                VARCHAR(1000) NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_rank_override_one_anchor CHECK (
        (placed_above_issue_id IS NULL AND placed_below_issue_id IS NOT NULL)
        OR (placed_above_issue_id IS NOT NULL AND placed_below_issue_id IS NULL))
);
