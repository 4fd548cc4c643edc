package org.chartfolio.portfolio;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Marks every page of a submitted copy with the day it was submitted (the portfolio navigation
 * shows the banner), and answers any attempt to change one with a page that says why, not an error.
 */
@ControllerAdvice
class SubmittedCopyAdvice {

	private final ObjectProvider<PortfolioAccess> access;

	SubmittedCopyAdvice(ObjectProvider<PortfolioAccess> access) {
		this.access = access;
	}

	@ModelAttribute("submittedCopyOn")
	LocalDate submittedCopyOn(@PathVariable(name = "portfolioId", required = false) Long portfolioId) {
		PortfolioAccess checks = this.access.getIfAvailable();
		if (portfolioId == null || checks == null) {
			return null;
		}
		return checks.submittedOn(portfolioId).orElse(null);
	}

	@ExceptionHandler(SubmittedCopyException.class)
	String refused(SubmittedCopyException refusal, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("portfolioId", refusal.portfolioId());
		model.addAttribute("submittedOn", refusal.submittedOn());
		return "portfolio/submitted-copy";
	}

}
