package org.chartfolio.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/**
 * A candidate's request to a mentor: from which portfolio, with which CV item, and a
 * message.
 */
@Getter
@Setter
class RequestForm {

	@NotNull(message = "{directory.request.portfolio.required}")
	private Long portfolioId;

	@NotNull(message = "{directory.request.cv.required}")
	private Long cvEvidenceId;

	@NotBlank(message = "{directory.request.message.required}")
	@Size(max = MentorRequest.MAX_MESSAGE, message = "{directory.request.message.tooLong}")
	private String message;

}
