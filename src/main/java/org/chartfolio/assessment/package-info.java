/**
 * What happens to a submitted copy after it is frozen: the assessors' links (a read-only
 * web edition of the copy for people with no account, every opening logged for the
 * candidate), the panel's outcome as the candidate records it, and, after a request for
 * further information, what changed between the first submission and the resubmission. It
 * reads the copy only through the other modules' public reads; nothing of a live
 * portfolio is ever reachable through a link.
 */
@org.chartfolio.system.ReadsTables(value = { "portfolio" },
		why = "an assessor's link opens only a submitted copy, and reads it as its owner: both facts in "
				+ "the query that checks the link")
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = { "account",
		"evidence", "export", "pksb", "plan", "portfolio", "readiness", "system", "writing" })
package org.chartfolio.assessment;
