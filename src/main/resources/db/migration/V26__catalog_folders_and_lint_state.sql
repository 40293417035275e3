-- The catalog pages in the database (issue 14): each indexed file's folder, for folder navigation
-- and the folder filter, and its lint state as the last snapshot of its repository found it, for
-- the lint sort and filter. The lint columns stay null until a snapshot has been read.
alter table indexed_runbook add column folder varchar(1024);
update indexed_runbook
   set folder = case when path like '%/%' then regexp_replace(path, '/[^/]*$', '') else '' end;
alter table indexed_runbook alter column folder set not null;
alter table indexed_runbook add column lint_state varchar(10);
alter table indexed_runbook add column lint_findings integer;
alter table indexed_runbook add column lint_rules varchar(1000);

create index ix_indexed_runbook_folder on indexed_runbook (repository_id, folder);
create index ix_indexed_runbook_lint_state on indexed_runbook (repository_id, lint_state);
