-- Why a repository's last sync failed, in a word shown to everyone (network, not found, refused by policy, …);
-- last_sync_error keeps the detail shown to admins only.
alter table runbook_repository add column last_sync_failure varchar(20);
