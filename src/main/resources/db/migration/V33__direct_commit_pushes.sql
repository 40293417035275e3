-- A post-mortem committed straight to a base branch is pushed through the same queue as a merge: such a push has no
-- change request and no change branch, and names its post-mortem instead.
alter table change_push alter column change_request_id drop not null;
alter table change_push alter column change_branch drop not null;
alter table change_push alter column branch_head drop not null;
alter table change_push add column postmortem_key varchar(32);

create index ix_change_push_postmortem on change_push (postmortem_key);
