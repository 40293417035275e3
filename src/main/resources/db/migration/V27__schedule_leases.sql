-- Scheduled work once per cluster (issue 21): each node's timer fires, and the node that takes the
-- job's lease runs it; the others skip it. A lease runs out just before the job's next firing, so
-- when its node dies the job moves to another node at the next firing.
create table schedule_lease (
    job        varchar(100) not null primary key,
    holder     varchar(200),
    held_until timestamp(6) with time zone
);

insert into schedule_lease (job) values ('reminder-sweep');
insert into schedule_lease (job) values ('escalation-sweep');
insert into schedule_lease (job) values ('review-sweep');
insert into schedule_lease (job) values ('repository-sync');
insert into schedule_lease (job) values ('forge-poll');
insert into schedule_lease (job) values ('audit-purge');
