-- Notifications that lead to the thing: the section and the thread a review notification is about
-- (so opening it can choose the page where its recipient acts, as the section stands then), a snippet
-- of the comment or request, and when a review request was done with (the mentor decided).
alter table notification
    add column section_id bigint references section (id) on delete cascade,
    add column thread_id  bigint references review_thread (id) on delete set null,
    add column snippet    varchar(300),
    add column done_at    timestamp with time zone;

-- Earlier review notifications kept only their link: the section is in it.
update notification
   set section_id = cast(substring(link_path from '/sections/([0-9]+)') as bigint),
       link_path = replace(link_path, '#comments', '')
 where kind in ('READY_FOR_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REOPENED', 'COMMENTED')
   and link_path ~ '/sections/[0-9]+'
   and exists (select 1 from section s where s.id = cast(substring(link_path from '/sections/([0-9]+)') as bigint));

create index notification_section on notification (section_id) where section_id is not null;

-- Where a section's review stands, for other modules' SQL that shows it beside something else (the
-- notification list): owned by the portfolio module, like portfolio_reader.
create view section_review_state as
select s.id as section_id, s.portfolio_id, s.kind, s.status, s.approved_by
from section s;

-- Whether a comment thread is still open, for the same: owned by the review module.
create view review_thread_state as
select t.id as thread_id, t.section_id, t.resolved_at is not null as resolved
from review_thread t;
