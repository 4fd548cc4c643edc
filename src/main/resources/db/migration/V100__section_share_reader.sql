-- Who may read a shared section: the portfolio's active line manager it is shared with. Owned by the
-- portfolio module, the same rule as PortfolioAccess and SectionSharing, for other modules' SQL that
-- must filter by it in the database (the notification list and count, like portfolio_reader).
create view section_share_reader as
select s.section_id, s.portfolio_id, s.account_id
from section_share s
join portfolio_membership m on m.portfolio_id = s.portfolio_id and m.account_id = s.account_id
where m.role = 'LINE_MANAGER' and m.ended_at is null;
