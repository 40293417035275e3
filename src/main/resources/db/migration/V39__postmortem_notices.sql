-- When the reminder sweep next needs to look at an unfinished post-mortem (issue 14), as V34 does
-- for action items: the start of its next reminder, for the version of the post-mortem it was
-- worked out from. The sweep reads only the post-mortems without a row, with a row for an older
-- version (its status, people or due date moved) or with a time passed. Before, every unfinished
-- post-mortem took a transaction each minute, and 5,000 of them kept the sweep running without
-- pause.
create table postmortem_notice (
    postmortem_id      bigint not null primary key,
    postmortem_version bigint not null,
    next_at            timestamp(6) with time zone not null,
    constraint fk_postmortem_notice_postmortem foreign key (postmortem_id) references postmortem (id) on delete cascade
);

create index ix_postmortem_notice_next on postmortem_notice (next_at);
