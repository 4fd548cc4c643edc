/**
 * The PKSB self-assessment: the frameworks (the general PKSB and the PKSB for Knowledge
 * Management, each with its areas, sub-areas and rating scale) as data an administrator
 * completes by CSV, the framework each route and portfolio uses, the candidate's ratings
 * now and as a target, the end reflection on each chosen area (which the final snapshot
 * waits for), snapshots at the start and the end, the chart of the change, and gaps
 * turned into development-plan goals.
 */
@org.chartfolio.system.ReadsTables(value = { "portfolio", "route" },
		why = "a portfolio's framework defaults to its route's, found in the query that finds the " + "framework")
@org.springframework.modulith.ApplicationModule(displayName = "PKSB self-assessment",
		allowedDependencies = { "account", "plan", "portfolio", "system" })
package org.chartfolio.pksb;
