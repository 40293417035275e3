-- Action items by index (issue 14): a post-mortem's items (its page, the completion of a list
-- page), which PostgreSQL does not index for the foreign key by itself; and the action item board
-- in due order, read 50 at a time from the index instead of sorting 100,000 items per page.
create index ix_action_item_postmortem on action_item (postmortem_id, status);
create index ix_action_item_due on action_item (due_date, id);
