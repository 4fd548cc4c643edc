package org.chartfolio.notification;

/**
 * A notification was stored, inside the transaction of what it is about; its email goes
 * out once that transaction has committed, so nobody is emailed about a change that was
 * rolled back.
 */
record NotificationRecorded(String recipientEmail, String recipientName, NotificationKind kind, String actorName,
		String sectionTitle, String portfolioTitle, String linkPath) {
}
