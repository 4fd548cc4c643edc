/**
 * The pages that bring a portfolio's parts together: the home page with each portfolio's
 * progress, a portfolio's overview, its bin, and the mentor's page of every mentee
 * ({@code /mentoring}). It reads through the other modules' public services and owns no
 * data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "access", "account", "assessment", "cpd", "directory", "evidence", "meeting", "pksb",
				"plan", "portfolio", "review", "system", "writing" })
package org.chartfolio.dashboard;
