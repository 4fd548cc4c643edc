/**
 * Is the portfolio ready to submit? The evidence map (criteria against evidence items,
 * through the statements' citations), the readiness checks, each passing, warning or
 * failing with a reason and a link to fix it, and the portfolio's glossary of acronyms,
 * which the check of acronyms explained at first use consults. It only reads the other
 * modules, through their public services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence map and readiness", allowedDependencies = {
		"account", "cpd", "evidence", "pksb", "plan", "portfolio", "signoff", "system", "writing" })
package org.chartfolio.readiness;
