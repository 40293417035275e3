-- One personal calendar feed per user: the secret in its URL is stored as a SHA-256 hash, renewed or revoked by
-- the user.
create table calendar_feed_token (
    username   varchar(64) not null primary key,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    version    bigint      not null,
    constraint uk_calendar_feed_token_hash unique (token_hash)
);
