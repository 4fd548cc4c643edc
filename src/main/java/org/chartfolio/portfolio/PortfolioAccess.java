package org.chartfolio.portfolio;

import org.chartfolio.account.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permission table of shared/DOMAIN.md, asked by every module before it reads or writes
 * anything of a portfolio. Whoever may not do a thing gets {@link PortfolioNotFoundException}, so
 * that a stranger cannot tell a forbidden portfolio from a missing one.
 */
@Service
public class PortfolioAccess {

	private final Portfolios portfolios;

	PortfolioAccess(Portfolios portfolios) {
		this.portfolios = portfolios;
	}

	/** May read statements, evidence and files of the portfolio. */
	@Transactional(readOnly = true)
	public PortfolioRef readable(SignedInUser user, long portfolioId) {
		return owned(user, portfolioId);
	}

	/** May write statements, evidence and goals of the portfolio: its candidate alone. */
	@Transactional(readOnly = true)
	public PortfolioRef writable(SignedInUser user, long portfolioId) {
		return owned(user, portfolioId);
	}

	private PortfolioRef owned(SignedInUser user, long portfolioId) {
		return this.portfolios.findById(portfolioId)
			.filter((portfolio) -> user != null && portfolio.isOwnedBy(user.id()))
			.map((portfolio) -> new PortfolioRef(portfolio.getId(), portfolio.getOwnerId(), portfolio.getTitle()))
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

}
