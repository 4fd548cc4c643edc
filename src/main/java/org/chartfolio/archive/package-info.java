/**
 * The complete data export of a portfolio as a ZIP (a documented {@code portfolio.json}
 * and every evidence file), its import into another account or installation, and frozen
 * submitted copies made by exporting and importing. This module alone knows the file
 * format; each module that owns data hands it over as plain records and writes it back
 * (its {@code ...Transfer} service). Also the Leap2A interchange with other ePortfolios
 * ({@code Leap2a...}): evidence imported from a Mahara or PebblePad export through the
 * evidence and plan modules' public services, under the same ZIP rules, and the portfolio
 * exported as Leap2A.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data export and submitted copies",
		allowedDependencies = { "account", "cpd", "evidence", "meeting", "pksb", "plan", "portfolio", "readiness",
				"review", "signoff", "system", "writing" })
package org.chartfolio.archive;
