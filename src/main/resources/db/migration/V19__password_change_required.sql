-- The generated administrator password must be replaced at the first sign-in (issue 15).
alter table app_user add column password_change_required boolean default false not null;
