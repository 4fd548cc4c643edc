-- What an imported ZIP claimed about review and submission: kept as history, marked imported,
-- attributed to a name as text, never linked to an account and never acted upon. An imported
-- portfolio starts unsubmitted with every section in draft; readiness reads section statuses only,
-- so an imported approval is never counted.
create table imported_history (
    id           bigserial primary key,
    portfolio_id bigint       not null references portfolio (id) on delete cascade,
    section_id   bigint       references section (id) on delete cascade,
    event        varchar(30)  not null check (event in ('SUBMITTED', 'READY_FOR_REVIEW', 'CHANGES_REQUESTED',
                                                       'APPROVED', 'REOPENED')),
    happened_at  timestamp with time zone,
    by_name      varchar(120),
    detail       varchar(1000)
);

create index imported_history_portfolio on imported_history (portfolio_id);
create index imported_history_section on imported_history (section_id) where section_id is not null;

-- A comment that came in from an imported ZIP: its words are history, not said here.
alter table review_comment
    add column imported boolean not null default false;
