/**
 * The meeting log of a portfolio, kept by its candidate or their mentor: when and how
 * they met, notes, the actions they agreed (carried to the next meeting until done) and
 * when they meet next. It also answers "what changed since our last meeting"
 * ({@link org.chartfolio.meeting.ChangesSince}), and gathers it on the page that prepares
 * the next meeting. The mentor's page, which brings meetings together with review and
 * progress, lives in {@code dashboard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
		allowedDependencies = { "account", "evidence", "plan", "portfolio", "review", "system", "writing" })
package org.chartfolio.meeting;
