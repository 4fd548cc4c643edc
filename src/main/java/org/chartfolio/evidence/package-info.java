/**
 * The evidence locker: the files, photos, notes and links that back a portfolio's statements. Each
 * item has a stable number in its portfolio (E1, E2, ...). Other modules read evidence through
 * {@link org.chartfolio.evidence.EvidenceService}; the module that keeps citations tells this one
 * where an item is cited through {@link org.chartfolio.evidence.CitationLookup}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.chartfolio.evidence;
