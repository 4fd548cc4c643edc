package org.chartfolio.dashboard;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.DashboardService.Bin;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.writing.WritingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portfolio's bin: the texts, evidence and goals deleted and still restorable, in one
 * read-only transaction.
 */
@Service
@RequiredArgsConstructor
class BinPage {

	private final PortfolioService portfolios;

	private final WritingService writing;

	private final EvidenceReading evidence;

	private final PlanService plan;

	@Transactional(readOnly = true)
	Bin bin(SignedInUser user, long portfolioId) {
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		return new Bin(portfolio, this.writing.cleared(user, portfolioId), this.evidence.binned(user, portfolioId),
				this.plan.binned(user, portfolioId));
	}

}
