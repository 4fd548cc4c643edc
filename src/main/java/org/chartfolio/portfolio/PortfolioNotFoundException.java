package org.chartfolio.portfolio;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The portfolio (or a part of it) does not exist, or the person asking may not see it:
 * the two answer alike, so that nobody learns what exists by guessing ids.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PortfolioNotFoundException extends RuntimeException {

	public PortfolioNotFoundException(long portfolioId) {
		super("No portfolio " + portfolioId + " for this person");
	}

}
