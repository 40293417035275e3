-- Signed infrastructure change webhooks (issue 11): the one secret an admin sets for CI/Terraform pipelines, stored
-- encrypted (CredentialCipher), and the signed deliveries accepted while their timestamp is fresh, so that a
-- replayed delivery is refused (a row per delivery: a second, racing copy fails on the primary key).
create table change_webhook_secret (
    id            integer       not null primary key,
    secret_sealed varchar(400)  not null,
    changed_at    timestamp(6) with time zone not null,
    changed_by    varchar(64)   not null
);

create table change_webhook_delivery (
    signature_hash varchar(64) not null primary key,
    sent_at        timestamp(6) with time zone not null,
    received_at    timestamp(6) with time zone not null
);

create index ix_change_webhook_delivery_sent on change_webhook_delivery (sent_at);
