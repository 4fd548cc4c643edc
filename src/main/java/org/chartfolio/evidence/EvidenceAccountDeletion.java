package org.chartfolio.evidence;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of a deleted person's portfolios leave the file store before the portfolios
 * go (the store is keyed by content, so the database cannot cascade to it).
 */
@Component
@RequiredArgsConstructor
class EvidenceAccountDeletion {

	private final JdbcClient jdbc;

	private final FileStore files;

	@EventListener
	@Order(AccountDeleting.BEFORE_PORTFOLIOS)
	void onAccountDeleting(AccountDeleting deleting) {
		this.jdbc.sql("""
				select f.content_key from evidence_file f
				join evidence_item i on i.id = f.evidence_id
				join portfolio p on p.id = i.portfolio_id
				where p.owner_id = ?""")
			.param(deleting.accountId())
			.query(String.class)
			.list()
			.forEach(this.files::delete);
	}

}
