/**
 * Sample people and content for the {@code demo} profile, so that a newcomer can look
 * around at once. Nothing here runs unless the profile is asked for, and it never
 * overwrites existing data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "account",
		"directory", "evidence", "meeting", "pksb", "plan", "portfolio", "review", "writing" })
package org.chartfolio.demo;
