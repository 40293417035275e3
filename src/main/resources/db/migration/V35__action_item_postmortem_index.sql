-- The action items of a post-mortem (its page, the completion of a list page) by index (issue 14):
-- PostgreSQL does not index a foreign key by itself, and read 100,000 items for each.
create index ix_action_item_postmortem on action_item (postmortem_id, status);
