package org.chartfolio.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The panel's result as the candidate types it in; which of the fields it needs depends
 * on the result.
 */
@Getter
@Setter
class OutcomeForm {

	@NotNull(message = "{outcome.result.required}")
	private OutcomeResult result;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate awardedOn;

	@Size(max = SubmissionOutcome.MAX_DETAILS_LENGTH, message = "{outcome.details.tooLong}")
	private String details;

	private Long version;

}
