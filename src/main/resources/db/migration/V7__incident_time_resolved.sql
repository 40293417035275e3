-- How long an incident stood resolved before it was reopened, over every reopening, so that the
-- escalation rules count only the time it was open. Incidents reopened before this had it counted as 0.
alter table incident add column time_resolved_millis bigint default 0 not null;
