-- The thread a mentor's request for changes opens: its first comment is the summary that the
-- review page, the section page and the editor show at the top until the section is decided again.
alter table review_thread add column changes_request boolean not null default false;
