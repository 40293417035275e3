-- Post-mortems into Git (issue 12, part 7): the repository that takes published post-mortems, the folder they go
-- in (postmortems/2026/PM-2026-0007.md), and whether they may be committed straight to its base branch instead of
-- through a change request. At most one repository takes them.
create table postmortem_git_target (
    repo_key       varchar(64)  not null primary key,
    folder         varchar(200) not null,
    direct_commits boolean      not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint       not null
);
