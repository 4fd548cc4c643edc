package org.chartfolio.evidence;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out evidence numbers. One atomic statement both creates and advances a
 * portfolio's counter, so two uploads at once never get the same number and a deleted
 * item's number is never given again.
 */
@Component
@RequiredArgsConstructor
class EvidenceNumbering {

	private final JdbcClient jdbc;

	int next(long portfolioId) {
		return this.jdbc
			.sql("insert into evidence_numbering (portfolio_id, last_number) values (:portfolio, 1) "
					+ "on conflict (portfolio_id) do update set last_number = evidence_numbering.last_number + 1 "
					+ "returning last_number")
			.param("portfolio", portfolioId)
			.query(Integer.class)
			.single();
	}

}
