package org.chartfolio.notification;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted person's notifications go with them. */
@Component
@RequiredArgsConstructor
class NotificationAccountDeletion {

	private final JdbcClient jdbc;

	@EventListener
	@Order(AccountDeleting.BEFORE_PORTFOLIOS)
	void onAccountDeleting(AccountDeleting deleting) {
		this.jdbc.sql("delete from notification where recipient_id = ?").param(deleting.accountId()).update();
	}

}
