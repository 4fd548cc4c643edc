package org.chartfolio.dashboard;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The candidate has hidden a portfolio's first steps. One row per portfolio; hiding twice
 * changes nothing.
 */
@Entity
@Table(name = "first_steps_dismissal")
class FirstStepsDismissal {

	@Id
	@Column(name = "portfolio_id")
	private Long portfolioId;

	@Column(name = "dismissed_at", nullable = false)
	private Instant dismissedAt;

	protected FirstStepsDismissal() {
	}

	FirstStepsDismissal(long portfolioId, Instant dismissedAt) {
		this.portfolioId = portfolioId;
		this.dismissedAt = dismissedAt;
	}

	Long getPortfolioId() {
		return this.portfolioId;
	}

	Instant getDismissedAt() {
		return this.dismissedAt;
	}

}
