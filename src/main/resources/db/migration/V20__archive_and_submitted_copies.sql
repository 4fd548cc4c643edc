-- A submitted copy is a frozen, dated copy of a portfolio, made when the candidate submits it.
-- submitted_from_id names the live portfolio it was copied from (kept as null if that one goes).
alter table portfolio
    add column submitted_at      timestamp with time zone,
    add column submitted_from_id bigint references portfolio (id) on delete set null;

create index portfolio_submitted_from on portfolio (submitted_from_id) where submitted_from_id is not null;

-- A portfolio imported from another installation keeps the people of that installation as names
-- and roles only: a comment by its mentor has no account here, and the approver of a section
-- neither.
alter table review_comment
    alter column author_id drop not null,
    add column author_role varchar(20) check (author_role in ('CANDIDATE', 'MENTOR'));

alter table section
    add column approved_by_name varchar(120);
