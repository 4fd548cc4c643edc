package org.chartfolio.dashboard;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.DashboardService.Card;
import org.chartfolio.evidence.EvidenceProgress;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.plan.PlanFigures;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingProgress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The card of figures a portfolio shows on the home page, the same for candidate, mentor
 * and line manager, and the candidate's part of the home page: a card for each of their
 * portfolios. Changes when the card shows a new figure.
 */
@Service
@RequiredArgsConstructor
class PortfolioCards {

	private final PortfolioService portfolios;

	private final WritingProgress progress;

	private final EvidenceReading evidence;

	private final PlanService plan;

	@Transactional(readOnly = true)
	List<Card> home(SignedInUser user) {
		return cards(user, this.portfolios.portfoliosOf(user));
	}

	/**
	 * A card for each portfolio, in the order given, built from the progress-level reads
	 * so that it is the same for candidate, mentor and line manager; each module's
	 * figures are read once for all the portfolios, within the caller's transaction.
	 */
	List<Card> cards(SignedInUser user, List<PortfolioSummary> summaries) {
		if (summaries.isEmpty()) {
			return List.of();
		}
		List<Long> ids = summaries.stream().map(PortfolioSummary::id).toList();
		Map<Long, PortfolioView> views = this.portfolios.progressViews(user, ids);
		Map<Long, WritingProgress.Figures> words = this.progress.figures(user, ids);
		Map<Long, EvidenceProgress> evidence = this.evidence.progress(user, ids);
		Map<Long, PlanFigures> plans = this.plan.figures(user, ids);
		return summaries.stream().map((summary) -> {
			PortfolioView portfolio = views.get(summary.id());
			WritingProgress.Figures figures = words.get(summary.id());
			List<SectionView> written = portfolio.sections()
				.stream()
				.filter((section) -> section.kind().isWritten())
				.toList();
			int started = (int) written.stream().filter((section) -> figures.wordsOf(section.id()) > 0).count();
			return new Card(summary, started, written.size(), statementWords(portfolio, figures),
					evidence.get(summary.id()).count(), plans.get(summary.id()).counts());
		}).toList();
	}

	static int statementWords(PortfolioView portfolio, WritingProgress.Figures words) {
		return portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.mapToInt((section) -> words.wordsOf(section.id()))
			.sum();
	}

}
