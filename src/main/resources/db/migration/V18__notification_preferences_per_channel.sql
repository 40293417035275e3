-- Preferences per channel: the existing mode stays the email's; the chat mention was sent only to
-- users who chose "immediately", so every stored row (digest or off) starts with chat off.
alter table notification_preference add column chat_mode varchar(20) default 'OFF' not null;
update notification_preference set chat_mode = 'IMMEDIATELY' where mode = 'IMMEDIATELY';
