package org.chartfolio.portfolio;

/**
 * How a person stands to a portfolio: its candidate, their mentor or their line manager.
 */
public enum PortfolioRole {

	OWNER, MENTOR, LINE_MANAGER;

	/** The message key of the role's name. */
	public String messageKey() {
		return "role." + name();
	}

}
