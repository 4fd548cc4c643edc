package org.chartfolio.portfolio;

/** A route a candidate can open a portfolio for. */
public record RouteChoice(String code, String name, String postNominals, String summary, int statementWordLimit,
		int criteriaCount) {
}
