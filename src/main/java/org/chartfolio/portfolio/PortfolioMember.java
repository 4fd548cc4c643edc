package org.chartfolio.portfolio;

import java.time.Instant;

/**
 * An active mentor or line manager of a portfolio, as the candidate's people page lists
 * them: the name and the sign-in email of whoever accepted, so the candidate sees who it
 * really is.
 */
public record PortfolioMember(long id, long accountId, String name, String email, PortfolioRole role,
		Instant startedAt) {
}
