package org.chartfolio.portfolio;

import java.time.LocalDate;

/**
 * Somebody tried to change a submitted copy. The copy stays as it was submitted; the live
 * portfolio it came from is where the work goes on.
 */
public class SubmittedCopyException extends RuntimeException {

	private final long portfolioId;

	private final LocalDate submittedOn;

	public SubmittedCopyException(long portfolioId, LocalDate submittedOn) {
		super("Portfolio " + portfolioId + " is the copy submitted on " + submittedOn);
		this.portfolioId = portfolioId;
		this.submittedOn = submittedOn;
	}

	public long portfolioId() {
		return this.portfolioId;
	}

	public LocalDate submittedOn() {
		return this.submittedOn;
	}

}
