-- The incident list, open incidents first and the newest first within each (issue 14): its order
-- in a column and an index, so that a page reads 50 rows from the index instead of sorting every
-- incident by a computed key.
alter table incident add column list_rank smallint default 0 not null;
update incident set list_rank = 1 where status = 'RESOLVED';
create index ix_incident_list on incident (list_rank, declared_at desc, id desc);
