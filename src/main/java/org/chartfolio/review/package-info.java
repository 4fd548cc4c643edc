/**
 * Section review: the candidate marks a section ready for review, the mentor requests
 * changes or approves it, an approved section is locked until the candidate reopens it,
 * and both discuss a section in comment threads. Public face: its service and
 * {@link org.chartfolio.review.SectionReviewEvent}.
 */
@org.chartfolio.system.ReadsTables(value = { "portfolio", "section" },
		why = "the ZIP export gives each thread its section's position, and older comments their author's"
				+ " role from the portfolio's owner, in one read each")
@org.springframework.modulith.ApplicationModule(displayName = "Section review",
		allowedDependencies = { "account", "portfolio", "system", "writing" })
package org.chartfolio.review;
