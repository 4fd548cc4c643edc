package org.chartfolio.dashboard;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * The candidate has hidden a portfolio's first steps. One row per portfolio; hiding twice
 * changes nothing.
 */
@Entity
@Table(name = "first_steps_dismissal")
@Getter(AccessLevel.PACKAGE)
class FirstStepsDismissal {

	@Id
	private Long portfolioId;

	private Instant dismissedAt;

	protected FirstStepsDismissal() {
	}

	FirstStepsDismissal(long portfolioId, Instant dismissedAt) {
		this.portfolioId = portfolioId;
		this.dismissedAt = dismissedAt;
	}

}
