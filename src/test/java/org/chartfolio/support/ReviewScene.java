package org.chartfolio.support;

import org.chartfolio.review.ReviewService;
import org.chartfolio.support.PortfolioScene.Portfolio;

/**
 * A portfolio's first section on its way to review, made through the app's services:
 * {@code reviews.readyForReview(portfolio, "First paragraph.\n\nSecond paragraph.")}
 * writes the candidate's text and marks it ready, as the candidate would.
 */
@Scene
public class ReviewScene {

	private final PortfolioScene portfolios;

	private final ReviewService review;

	ReviewScene(PortfolioScene portfolios, ReviewService review) {
		this.portfolios = portfolios;
		this.review = review;
	}

	/**
	 * The candidate's first words in the portfolio's first section; the section's id.
	 */
	public long written(Portfolio portfolio, String text) {
		long section = portfolio.section(0).id();
		this.portfolios.write(portfolio, section, text);
		return section;
	}

	/**
	 * The portfolio's first section {@link #written written} and marked ready for review
	 * by its candidate; the section's id.
	 */
	public long readyForReview(Portfolio portfolio, String text) {
		long section = written(portfolio, text);
		this.review.markReadyForReview(portfolio.candidate(), portfolio.id(), section, version(portfolio, section));
		return section;
	}

	/** The section's version as it stands now, which a step on it must name. */
	public long version(Portfolio portfolio, long section) {
		return this.portfolios.section(portfolio, section).version();
	}

}
