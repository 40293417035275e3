-- Everyone who saved content of a post-mortem: they count as its authors in review, even when no
-- longer listed as authors, so that nobody approves what they wrote.
create table postmortem_writer (
    postmortem_id bigint      not null,
    username      varchar(64) not null,
    constraint pk_postmortem_writer primary key (postmortem_id, username),
    constraint fk_postmortem_writer foreign key (postmortem_id) references postmortem (id)
);

insert into postmortem_writer (postmortem_id, username)
select distinct r.postmortem_id, r.created_by
from postmortem_revision r
join postmortem p on p.id = r.postmortem_id
where exists (select 1 from postmortem_author a where a.postmortem_id = r.postmortem_id and a.username = r.created_by);
