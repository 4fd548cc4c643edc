package org.chartfolio.review;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Comments a deleted person wrote in somebody else's portfolio are part of that
 * candidate's record: they stay, under the name they were written with, no longer linked
 * to any account (the privacy notice says so). Comments in the person's own portfolios go
 * with the portfolios.
 */
@Component
@RequiredArgsConstructor
class ReviewAccountDeletion {

	private final JdbcClient jdbc;

	@EventListener
	@Order(AccountDeleting.BEFORE_PORTFOLIOS)
	void onAccountDeleting(AccountDeleting deleting) {
		this.jdbc.sql("update review_comment set author_id = null where author_id = ?")
			.param(deleting.accountId())
			.update();
	}

}
