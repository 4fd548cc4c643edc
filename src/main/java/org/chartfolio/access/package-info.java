/**
 * Who else may see a portfolio: the candidate invites a mentor or a line manager with a
 * single-use link, revokes or renews it, ends access, and reads a log of every change.
 * The memberships themselves live in the portfolio module, beside the access checks that
 * read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
		allowedDependencies = { "account", "portfolio", "system" })
package org.chartfolio.access;
