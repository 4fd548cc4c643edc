package org.chartfolio.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A candidate's request to a mentor: from which portfolio, with which CV item, and a
 * message.
 */
class RequestForm {

	@NotNull(message = "{directory.request.portfolio.required}")
	private Long portfolioId;

	@NotNull(message = "{directory.request.cv.required}")
	private Long cvEvidenceId;

	@NotBlank(message = "{directory.request.message.required}")
	@Size(max = MentorRequest.MAX_MESSAGE, message = "{directory.request.message.tooLong}")
	private String message;

	public Long getPortfolioId() {
		return this.portfolioId;
	}

	public void setPortfolioId(Long portfolioId) {
		this.portfolioId = portfolioId;
	}

	public Long getCvEvidenceId() {
		return this.cvEvidenceId;
	}

	public void setCvEvidenceId(Long cvEvidenceId) {
		this.cvEvidenceId = cvEvidenceId;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
