package org.chartfolio.notification;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.Scene;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the notification tests' {@link NotificationScene}: what each of them sets up
 * before every test.
 */
@Scene
class NotificationScenes {

	private final PortfolioScene portfolios;

	private final PortfolioMemberships memberships;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	NotificationScenes(PortfolioScene portfolios, PortfolioMemberships memberships, JdbcClient jdbc,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.portfolios = portfolios;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * This candidate's certification portfolio, with Tom Reed as mentor and Lena Boss as
	 * line manager.
	 */
	NotificationScene candidate(String candidateName) {
		Portfolio p = this.portfolios.candidate(candidateName)
			.mentor("Tom Reed")
			.lineManager("Lena Boss")
			.portfolio("certification");
		long sectionId = this.jdbc.sql("select id from section where portfolio_id = ? order by position limit 1")
			.param(p.id())
			.query(Long.class)
			.single();
		String title = this.jdbc.sql("select title from section where id = ?")
			.param(sectionId)
			.query(String.class)
			.single();
		return new NotificationScene(p.candidate(), p.mentor(), p.lineManager(), p.id(), sectionId, title, this.events,
				this.transactions, this.memberships);
	}

	/** The id of the latest notification of this kind sent to this person. */
	long latestId(SignedInUser recipient, String kind) {
		return this.jdbc.sql("select id from notification where recipient_id = ? and kind = ? order by id desc limit 1")
			.param(recipient.id())
			.param(kind)
			.query(Long.class)
			.single();
	}

}
