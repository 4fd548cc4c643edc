-- A candidate who hides the first-steps checklist of a portfolio; the list also goes by itself once every step is done.
create table first_steps_dismissal (
    portfolio_id bigint      not null primary key references portfolio (id) on delete cascade,
    dismissed_at timestamptz not null
);
