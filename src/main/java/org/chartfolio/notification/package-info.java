/**
 * Notifications: an in-app list with an unread count in the header, for review requests,
 * decisions, comments, invitations and sections shared with a line manager, and the same
 * by email where a mail server is configured. It listens to the events of the review and
 * access modules, and sends the account module's emails ({@code AccountEmail}: reset
 * links, confirmations); nobody calls it. A notification about a portfolio its recipient
 * can no longer read is neither listed, counted nor followed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "access", "account", "directory", "portfolio", "review", "system" })
package org.chartfolio.notification;
