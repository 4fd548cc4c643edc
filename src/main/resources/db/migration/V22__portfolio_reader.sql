-- Who may read a portfolio (its statements, evidence and files): its candidate and its active mentor.
-- Owned by the portfolio module, the same rule as PortfolioAccess.readable, for other modules' SQL
-- that must filter by it in the database (the notifications list and count).
create view portfolio_reader as
select p.id as portfolio_id, p.owner_id as account_id, 'OWNER' as role
from portfolio p
union all
select m.portfolio_id, m.account_id, m.role
from portfolio_membership m
where m.role = 'MENTOR' and m.ended_at is null;
