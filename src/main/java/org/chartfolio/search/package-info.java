/**
 * Search within a portfolio, with PostgreSQL full-text search. The modules that own
 * statements, evidence and goals each answer for their own content through
 * {@link org.chartfolio.search.SearchSource}; this module checks access once and merges
 * their hits by rank.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "account", "portfolio" })
package org.chartfolio.search;
