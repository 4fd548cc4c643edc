package org.chartfolio.portfolio;

import java.time.LocalDate;

/** A portfolio as listed on the home page. */
public record PortfolioSummary(long id, String title, String routeName, String postNominals, LocalDate targetDate,
		Long daysToTarget, int statementWordLimit) {

	public boolean targetPassed() {
		return this.daysToTarget != null && this.daysToTarget < 0;
	}

}
