/**
 * The written parts of a portfolio: reflective statements, the annotated CV and job description and
 * the organisational context. Candidates write them in Markdown and cite evidence with markers like
 * [E7]; every changed save keeps a revision that can be compared and restored, and a stale save
 * from another tab is refused without losing what was typed. Other modules read word counts
 * through {@link org.chartfolio.writing.WritingService}; the evidence module learns where an item
 * is cited through this module's {@link org.chartfolio.evidence.CitationLookup}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Writing",
		allowedDependencies = { "account", "evidence", "portfolio", "search", "system" })
package org.chartfolio.writing;
