/**
 * The development plan: goals that grow out of PKSB gaps ("Complete a First Aid course"),
 * the actions planned, and the evidence that shows the outcome once a goal is done.
 */
@org.chartfolio.system.ReadsTables(value = { "evidence_item" },
		why = "the ZIP export names the evidence a goal closes with by its number, in the same read as " + "the goals")
@org.springframework.modulith.ApplicationModule(displayName = "Development plan",
		allowedDependencies = { "account", "evidence", "portfolio", "search", "system" })
package org.chartfolio.plan;
