-- The post-mortem list, newest deadline first (issue 14): a page read from this index instead of sorting every
-- post-mortem.
create index ix_postmortem_due on postmortem (due_at desc, id desc);
