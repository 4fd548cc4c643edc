package org.chartfolio.writing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionView;

/**
 * How the writing module finds a portfolio's written sections, shared by its reads, pages
 * and edits so that each answers "not found" the same way.
 */
final class WrittenSections {

	private WrittenSections() {
	}

	/**
	 * The portfolio, once the person is known to read it: the access check comes first.
	 */
	static PortfolioView readable(PortfolioAccess access, PortfolioService portfolios, SignedInUser user,
			long portfolioId) {
		access.readable(user, portfolioId);
		return portfolios.view(user, portfolioId);
	}

	static SectionView sectionOf(PortfolioView portfolio, long sectionId) {
		return portfolio.sections()
			.stream()
			.filter((section) -> section.id() == sectionId)
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolio.id()));
	}

	static SectionView writtenSectionOf(PortfolioView portfolio, long sectionId) {
		SectionView section = sectionOf(portfolio, sectionId);
		if (!section.kind().isWritten()) {
			throw new PortfolioNotFoundException(portfolio.id());
		}
		return section;
	}

	static int statementWords(PortfolioView portfolio, Map<Long, Integer> counts) {
		return portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.mapToInt((section) -> counts.getOrDefault(section.id(), 0))
			.sum();
	}

	/**
	 * The page of the organisational context section, where the organisational objectives
	 * that [O2] cites are set out; null for a route without one.
	 */
	static String objectivesPage(PortfolioView portfolio) {
		return portfolio.sections()
			.stream()
			.filter((section) -> section.kind() == SectionKind.ORGANISATIONAL_CONTEXT)
			.findFirst()
			.map((section) -> "/portfolios/" + portfolio.summary().id() + "/sections/" + section.id())
			.orElse(null);
	}

	static LocalDateTime local(Instant instant, Clock clock) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, clock.getZone()) : null;
	}

}
