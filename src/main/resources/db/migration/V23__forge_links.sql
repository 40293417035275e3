-- A repository may name its forge (issue 16): kind, API base URL, project (owner/name or a GitLab path) and a token,
-- stored encrypted (CredentialCipher, bound to the repository key), never shown.
create table forge_link (
    repo_key     varchar(40)   not null primary key,
    kind         varchar(10)   not null,
    api_url      varchar(2000) not null,
    project      varchar(300)  not null,
    token_sealed varchar(1000) not null,
    updated_at   timestamp(6) with time zone not null,
    version      bigint        not null
);

-- Who a Hindsight user is on each kind of forge, for review requests.
create table forge_login (
    username varchar(64)  not null,
    kind     varchar(10)  not null,
    login    varchar(100) not null,
    primary key (username, kind)
);

-- The pull (merge) request that carries a change request, and the commit last pushed to its branch (the lease
-- for the next push).
create table forge_pull_request (
    change_request_id bigint        not null primary key,
    repo_key          varchar(40)   not null,
    pr_number         bigint        not null,
    url               varchar(2000) not null,
    state             varchar(10)   not null,
    pushed_head       varchar(40),
    note              varchar(1000),
    updated_at        timestamp(6) with time zone not null,
    version           bigint        not null,
    constraint fk_forge_pull_request_change foreign key (change_request_id) references change_request (id)
);
