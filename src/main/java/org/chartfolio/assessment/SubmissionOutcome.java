package org.chartfolio.assessment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * The panel's result on one submitted copy: awarded on a day, further information
 * requested (with the request), or unsuccessful (with the feedback). The candidate may
 * correct it; each result carries what it needs and nothing it does not.
 */
@Entity
@Table(name = "submission_outcome")
@Getter(AccessLevel.PACKAGE)
class SubmissionOutcome {

	static final int MAX_DETAILS_LENGTH = 10_000;

	@Id
	private Long portfolioId;

	@Enumerated(EnumType.STRING)
	private OutcomeResult result;

	private LocalDate awardedOn;

	private String details;

	private Instant recordedAt;

	@Version
	private long version;

	protected SubmissionOutcome() {
	}

	SubmissionOutcome(long portfolioId) {
		this.portfolioId = portfolioId;
	}

	/**
	 * Records the result. Awarded needs the day and keeps no text; the other two need the
	 * panel's words and keep no day.
	 */
	void record(OutcomeResult result, LocalDate awardedOn, String details, Instant now) {
		String text = (details != null && !details.isBlank()) ? details.strip() : null;
		if (result == OutcomeResult.AWARDED) {
			if (awardedOn == null) {
				throw new IllegalArgumentException("An award has a date");
			}
			this.awardedOn = awardedOn;
			this.details = null;
		}
		else {
			if (text == null || text.length() > MAX_DETAILS_LENGTH) {
				throw new IllegalArgumentException("A request or feedback has its text");
			}
			this.awardedOn = null;
			this.details = text;
		}
		this.result = result;
		this.recordedAt = now;
	}

	long getPortfolioId() {
		return this.portfolioId;
	}

}
