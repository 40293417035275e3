-- How each user wants each kind of notification: immediately or not at all (no row: immediately).
create table notification_preference (
    username varchar(64) not null,
    kind     varchar(40) not null,
    mode     varchar(20) not null,
    constraint pk_notification_preference primary key (username, kind)
);
