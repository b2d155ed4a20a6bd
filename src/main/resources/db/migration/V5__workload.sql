-- Workload estimate: annual hours may come from cases per year x minutes per case.
ALTER TABLE issue ADD COLUMN cases_per_year INTEGER;
ALTER TABLE issue ADD COLUMN minutes_per_case DOUBLE PRECISION;
