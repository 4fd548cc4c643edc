package org.chartfolio.portfolio;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountDeleting;
import org.chartfolio.account.AccountHoldings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What deleting an account means for portfolios: the person's own portfolios go with
 * everything in them (the database cascades from the portfolio row to its sections,
 * evidence, plan, reviews, invitations, memberships and the rest); where they mentor or
 * line-manage somebody, their access ends and the candidate is told; their approvals keep
 * the name they were given under.
 */
@Component
@RequiredArgsConstructor
class PortfolioAccountDeletion implements AccountHoldings {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Override
	public List<Holding> of(long accountId) {
		return this.jdbc.sql("""
				select p.id, p.title, (p.owner_id = :account) as owned, m.role, owner.display_name
				from portfolio p
				join account owner on owner.id = p.owner_id
				left join portfolio_membership m on m.portfolio_id = p.id and m.account_id = :account and
				    m.ended_at is null
				where p.owner_id = :account or m.id is not null
				order by owned desc, p.title, p.id""").param("account", accountId).query((row, n) -> {
			long id = row.getLong(1);
			boolean owned = row.getBoolean(3);
			String role = row.getString(4);
			return new Holding(id, row.getString(2), owned,
					(role != null) ? PortfolioRole.valueOf(role).messageKey() : null, row.getString(5),
					owned ? "/portfolios/" + id + "/archive/export" : null);
		}).list();
	}

	@EventListener
	@Order(AccountDeleting.PORTFOLIOS)
	void onAccountDeleting(AccountDeleting deleting) {
		long account = deleting.accountId();
		this.jdbc.sql("""
				select p.id, p.title, p.owner_id, m.role
				from portfolio_membership m join portfolio p on p.id = m.portfolio_id
				where m.account_id = ? and m.ended_at is null and p.owner_id <> ?""")
			.params(account, account)
			.query((row, n) -> new SupporterLeft(row.getLong(1), row.getString(2), row.getLong(3), deleting.name(),
					PortfolioRole.valueOf(row.getString(4)), this.clock.instant()))
			.list()
			.forEach(this.events::publishEvent);
		this.jdbc.sql("delete from portfolio_membership where account_id = ?").param(account).update();
		this.jdbc.sql("delete from section_share where account_id = ?").param(account).update();
		this.jdbc.sql("update section set approved_by = null where approved_by = ?").param(account).update();
		this.jdbc.sql("delete from portfolio where owner_id = ?").param(account).update();
	}

}
