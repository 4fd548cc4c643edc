package org.chartfolio.notification;

import org.chartfolio.account.AccountDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted person's notifications go with them. */
@Component
class NotificationAccountDeletion {

	private final JdbcClient jdbc;

	NotificationAccountDeletion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Order(AccountDeleting.BEFORE_PORTFOLIOS)
	void onAccountDeleting(AccountDeleting deleting) {
		this.jdbc.sql("delete from notification where recipient_id = ?").param(deleting.accountId()).update();
	}

}
