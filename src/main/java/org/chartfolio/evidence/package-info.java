/**
 * The evidence locker: the files, photos, notes and links that back a portfolio's
 * statements. Each item has a stable number in its portfolio (E1, E2, ...). Other modules
 * read evidence through {@link org.chartfolio.evidence.EvidenceReading}, show its files
 * through {@link org.chartfolio.evidence.EvidenceSharing} and add items through
 * {@link org.chartfolio.evidence.EvidenceService}; the module that keeps citations tells
 * this one where an item is cited through {@link org.chartfolio.evidence.CitationLookup};
 * with no such module, nothing counts as cited.
 * <p>
 * Files: metadata in {@code evidence_file}, contents in a {@code FileStore} (PostgreSQL
 * by default) written in the item's transaction, types detected from the content by Tika
 * against an allow-list, downloads sent as attachments with {@code nosniff}.
 */
@org.chartfolio.system.ReadsTables(value = { "portfolio" },
		why = "deleting an account finds the files of the portfolios it owns in one statement")
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
		allowedDependencies = { "account", "portfolio", "search", "system" })
package org.chartfolio.evidence;
