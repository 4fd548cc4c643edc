/**
 * The written parts of a portfolio: reflective statements, the annotated CV and job
 * description and the organisational context. Candidates write them in Markdown and cite
 * evidence with markers like [E7]; every changed save keeps a revision that can be
 * compared and restored, and a stale save from another tab is refused without losing what
 * was typed. Other modules read word counts through
 * {@link org.chartfolio.writing.WritingService}; the evidence module learns where an item
 * is cited through this module's {@link org.chartfolio.evidence.CitationLookup}.
 */
@org.chartfolio.system.ReadsTables(value = { "section", "route_criterion" },
		why = "word counts, search and citation lookups cover a whole portfolio, so they join statements "
				+ "to its sections and criteria instead of asking section by section")
@org.springframework.modulith.ApplicationModule(displayName = "Writing",
		allowedDependencies = { "account", "evidence", "portfolio", "search", "system" })
package org.chartfolio.writing;
