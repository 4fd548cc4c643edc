package org.chartfolio.portfolio;

import java.util.List;

/** A portfolio with its sections, in order, for its overview page. */
public record PortfolioView(PortfolioSummary summary, String routeCode, List<SectionView> sections) {

	public long id() {
		return this.summary.id();
	}

}
