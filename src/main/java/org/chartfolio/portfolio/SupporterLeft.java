package org.chartfolio.portfolio;

import java.time.Instant;

/**
 * A mentor or line manager deleted their account, so their access to the portfolio ended:
 * the candidate is told. Published inside the transaction that deletes the account.
 */
public record SupporterLeft(long portfolioId, String portfolioTitle, long candidateId, String name, PortfolioRole role,
		Instant at) {
}
