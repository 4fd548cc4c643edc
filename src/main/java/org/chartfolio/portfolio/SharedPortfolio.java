package org.chartfolio.portfolio;

/** A portfolio somebody supports as mentor or line manager, with its candidate's name. */
public record SharedPortfolio(PortfolioSummary summary, String candidateName, PortfolioRole role) {
}
