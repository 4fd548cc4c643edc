package org.chartfolio.portfolio;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers any attempt to change a submitted copy with a page that says why, not an error.
 * (The banner on every page of a copy comes from the request's {@link Standing}.)
 */
@ControllerAdvice
class SubmittedCopyAdvice {

	@ExceptionHandler(SubmittedCopyException.class)
	String refused(SubmittedCopyException refusal, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("portfolioId", refusal.portfolioId());
		model.addAttribute("submittedOn", refusal.submittedOn());
		return "portfolio/submitted-copy";
	}

}
