package org.chartfolio.dashboard;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.DashboardService.Card;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingProgress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The card of figures a portfolio shows on the home page, the same for candidate, mentor and line
 * manager, and the candidate's part of the home page: a card for each of their portfolios. Changes
 * when the card shows a new figure.
 */
@Service
class PortfolioCards {

	private final PortfolioService portfolios;

	private final WritingProgress progress;

	private final EvidenceService evidence;

	private final PlanService plan;

	PortfolioCards(PortfolioService portfolios, WritingProgress progress, EvidenceService evidence, PlanService plan) {
		this.portfolios = portfolios;
		this.progress = progress;
		this.evidence = evidence;
		this.plan = plan;
	}

	@Transactional(readOnly = true)
	List<Card> home(SignedInUser user) {
		return this.portfolios.portfoliosOf(user).stream().map((summary) -> card(user, summary)).toList();
	}

	/**
	 * Built from the progress-level reads, so that it is the same for candidate, mentor and line manager;
	 * read within the caller's transaction.
	 */
	Card card(SignedInUser user, PortfolioSummary summary) {
		PortfolioView portfolio = this.portfolios.progressView(user, summary.id());
		WritingProgress.Figures words = this.progress.figures(user, summary.id());
		List<SectionView> written = portfolio.sections().stream().filter((section) -> section.kind().isWritten()).toList();
		int started = (int) written.stream().filter((section) -> words.wordsOf(section.id()) > 0).count();
		return new Card(summary, started, written.size(), statementWords(portfolio, words),
				this.evidence.progress(user, summary.id()).count(), this.plan.figures(user, summary.id()).counts());
	}

	static int statementWords(PortfolioView portfolio, WritingProgress.Figures words) {
		return portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.mapToInt((section) -> words.wordsOf(section.id()))
			.sum();
	}

}
