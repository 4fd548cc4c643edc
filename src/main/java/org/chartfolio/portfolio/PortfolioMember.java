package org.chartfolio.portfolio;

import java.time.Instant;

/** An active mentor or line manager of a portfolio, as the candidate's people page lists them. */
public record PortfolioMember(long id, long accountId, String name, PortfolioRole role,
		Instant startedAt) {
}
