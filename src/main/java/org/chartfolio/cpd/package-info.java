/**
 * The CPD log: activities with the hours they took and what the candidate took from them,
 * totalled against what the route asks for (Revalidation: 20 hours in the last 12
 * months).
 */
@org.springframework.modulith.ApplicationModule(displayName = "CPD log",
		allowedDependencies = { "account", "portfolio", "system" })
package org.chartfolio.cpd;
