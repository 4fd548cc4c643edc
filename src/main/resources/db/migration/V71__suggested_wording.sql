-- A mentor's suggested wording for the words a thread quotes, which the candidate accepts (the text
-- changes, as a revision that names who suggested it) or declines.
alter table review_thread
    add column suggestion text,
    add column suggestion_state text check (suggestion_state in ('open', 'accepted', 'declined')),
    add column suggestion_decided_by_name text,
    add constraint review_thread_suggestion_state check ((suggestion is null) = (suggestion_state is null));

alter table section_revision add column suggested_by_name text;
alter table section_revision drop constraint section_revision_reason_check;
alter table section_revision add constraint section_revision_reason_check
    check (reason in ('save', 'autosave', 'restore', 'clear', 'approved', 'suggestion'));
