package org.chartfolio.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The panel's result as the candidate types it in; which of the fields it needs depends
 * on the result.
 */
class OutcomeForm {

	@NotNull(message = "{outcome.result.required}")
	private OutcomeResult result;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate awardedOn;

	@Size(max = SubmissionOutcome.MAX_DETAILS_LENGTH, message = "{outcome.details.tooLong}")
	private String details;

	private Long version;

	public OutcomeResult getResult() {
		return this.result;
	}

	public void setResult(OutcomeResult result) {
		this.result = result;
	}

	public LocalDate getAwardedOn() {
		return this.awardedOn;
	}

	public void setAwardedOn(LocalDate awardedOn) {
		this.awardedOn = awardedOn;
	}

	public String getDetails() {
		return this.details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
