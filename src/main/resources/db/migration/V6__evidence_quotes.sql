-- Evidence: an issue-hearing link may carry a quote from the hearing's notes (null: no quote).
ALTER TABLE issue_hearing ADD COLUMN quote VARCHAR(1000);
