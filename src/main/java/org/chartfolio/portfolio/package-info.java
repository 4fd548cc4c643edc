/**
 * Portfolios for a CILIP Professional Registration route, and the home page that lists the
 * signed-in person's portfolios.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolios")
package org.chartfolio.portfolio;
