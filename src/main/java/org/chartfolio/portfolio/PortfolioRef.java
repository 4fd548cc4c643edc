package org.chartfolio.portfolio;

/** Enough of a portfolio for another module to act on it once access has been checked. */
public record PortfolioRef(long id, long ownerId, String title) {
}
