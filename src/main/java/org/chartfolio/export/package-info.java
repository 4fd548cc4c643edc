/**
 * The submission export: one PDF for the assessors (cover, contents, CV and job description, the
 * statements with every citation a link to its evidence, the evidence index, each item with links
 * back to where it is cited and its files, the PKSB and the development plan), built from a
 * Thymeleaf template by openhtmltopdf and finished with PDFBox. Exports run in the background, one
 * at a time, with their files on disk rather than in memory; the person who started one watches its
 * progress and downloads the result, which is deleted after a while.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission export")
package org.chartfolio.export;
