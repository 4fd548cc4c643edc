package org.chartfolio.notification;

import org.chartfolio.account.PageFigure;
import org.chartfolio.account.SignedInUser;

import org.springframework.stereotype.Component;

/** The header's count of unread notifications: one statement per page. */
@Component
class UnreadFigure implements PageFigure {

	private final NotificationService notifications;

	UnreadFigure(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public String name() {
		return "unreadNotifications";
	}

	@Override
	public Object of(SignedInUser person) {
		return this.notifications.unreadCount(person);
	}

}
