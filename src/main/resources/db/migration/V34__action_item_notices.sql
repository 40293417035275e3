-- When the reminder sweep next needs to look at an open action item (issue 14): the start of its
-- next reminder, for the version of the item it was worked out from. The sweep reads only the
-- items without a row, with a row for an older version (its owner or due date may have moved) or
-- with a time passed, so that 100,000 open items cost one query a minute instead of a transaction
-- each.
create table action_item_notice (
    item_id      bigint not null primary key,
    item_version bigint not null,
    next_at      timestamp(6) with time zone not null,
    constraint fk_action_item_notice_item foreign key (item_id) references action_item (id) on delete cascade
);

create index ix_action_item_notice_next on action_item_notice (next_at);
