package org.chartfolio.portfolio;

import java.time.LocalDate;

/**
 * How the person behind a request stands to a portfolio: the portfolio, their role in it
 * and, for a submitted copy, the day it was submitted. Resolved once per request by
 * {@link PortfolioRequests} and handed to the handler (as an argument), the templates (as
 * {@code standing}) and, through {@link PortfolioAccess}, to every service check the
 * request makes.
 */
public record Standing(PortfolioRef portfolio, PortfolioRole role, LocalDate submittedOn) {

	public long portfolioId() {
		return this.portfolio.id();
	}

	/**
	 * Whether the permission table lets this person do it (a submitted copy still refuses
	 * changes).
	 */
	public boolean allows(Permission permission) {
		return permission.allows(this.role) && !(permission.changesThePortfolio() && this.submittedOn != null);
	}

	public boolean candidate() {
		return this.role == PortfolioRole.OWNER;
	}

	public boolean mentor() {
		return this.role == PortfolioRole.MENTOR;
	}

	public boolean lineManager() {
		return this.role == PortfolioRole.LINE_MANAGER;
	}

	/** The candidate's own pages and buttons: never on a submitted copy. */
	public boolean writable() {
		return allows(Permission.WRITE);
	}

	/**
	 * Comments, meetings and review steps, for candidate and mentor: never on a submitted
	 * copy.
	 */
	public boolean changeable() {
		return allows(Permission.CHANGE);
	}

	/** Whether the whole portfolio can be read: the candidate and their mentor. */
	public boolean readable() {
		return allows(Permission.READ);
	}

	public boolean submittedCopy() {
		return this.submittedOn != null;
	}

}
