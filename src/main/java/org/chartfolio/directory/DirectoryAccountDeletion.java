package org.chartfolio.directory;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted person's mentor listing goes, and every request they sent or received. */
@Component
@RequiredArgsConstructor
class DirectoryAccountDeletion {

	private final JdbcClient jdbc;

	@EventListener
	@Order(AccountDeleting.BEFORE_PORTFOLIOS)
	void onAccountDeleting(AccountDeleting deleting) {
		long account = deleting.accountId();
		this.jdbc.sql("delete from mentor_request where candidate_id = ? or mentor_id = ?")
			.params(account, account)
			.update();
		this.jdbc.sql("delete from mentor_listing where account_id = ?").param(account).update();
	}

}
