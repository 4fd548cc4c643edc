/**
 * Section review: the candidate marks a section ready for review, the mentor requests changes or
 * approves it, an approved section is locked until the candidate reopens it, and both discuss a
 * section in comment threads. Public face: its service and {@link org.chartfolio.review.SectionReviewEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Section review",
		allowedDependencies = { "account", "portfolio", "system", "writing" })
package org.chartfolio.review;
