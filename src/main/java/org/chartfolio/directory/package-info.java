/**
 * The mentor directory: anybody signed in may list themselves as a mentor (region,
 * sector, how many mentees they can take); candidates browse it, mentors from another
 * sector first, and ask one to mentor a portfolio with a message and their CV. Accepting
 * a request makes the mentor a member of the portfolio through the portfolio module, and
 * the access module logs it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentor directory",
		allowedDependencies = { "access", "account", "evidence", "portfolio", "system" })
package org.chartfolio.directory;
