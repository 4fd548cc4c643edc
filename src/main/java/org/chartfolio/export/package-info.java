/**
 * The submission export: one PDF for the assessors (cover, contents, CV and job
 * description, the statements with every citation a link to its evidence, the evidence
 * index, each item with links back to where it is cited and its files, the PKSB and the
 * development plan), built from a Thymeleaf template by openhtmltopdf and finished with
 * PDFBox. Exports are jobs in PostgreSQL run by db-scheduler on whichever instance picks
 * them up (one per person at a time, run again elsewhere if their instance dies), with
 * their working files on disk rather than in memory; the person who started one watches
 * its progress on any instance and downloads the result, kept in the database until it
 * expires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission export", allowedDependencies = { "account",
		"evidence", "pksb", "plan", "portfolio", "readiness", "signoff", "system", "writing" })
package org.chartfolio.export;
