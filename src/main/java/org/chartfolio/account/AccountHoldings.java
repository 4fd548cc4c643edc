package org.chartfolio.account;

import java.util.List;

/**
 * What a person holds in other modules, for the page that confirms deleting their
 * account: the portfolio module answers, since accounts cannot know about portfolios.
 */
public interface AccountHoldings {

	/**
	 * A portfolio of theirs (with the path of its ZIP export), or one they support as
	 * mentor or line manager.
	 */
	record Holding(long portfolioId, String title, boolean owned, String roleLabelKey, String candidateName,
			String exportPath) {
	}

	List<Holding> of(long accountId);

}
