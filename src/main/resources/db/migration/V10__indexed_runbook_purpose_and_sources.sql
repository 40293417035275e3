-- What the index table row of a runbook adds to its front matter (issue 19): the purpose, the
-- severity level its written severity names (CRITICAL, HIGH, MEDIUM, LOW; null when unknown), and
-- where each metadata field came from (severity=index,purpose=index,lastUpdated=git).
alter table indexed_runbook add column purpose varchar(2000);
alter table indexed_runbook add column severity_level varchar(20);
alter table indexed_runbook add column metadata_sources varchar(1000);

create index ix_indexed_runbook_severity_level on indexed_runbook (severity_level);
