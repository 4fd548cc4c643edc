package org.chartfolio.notification;

import org.chartfolio.account.PageFigure;

import org.springframework.stereotype.Component;

/**
 * The header's count of unread notifications, counted as the notification list shows
 * them.
 */
@Component
class UnreadFigure implements PageFigure {

	@Override
	public String name() {
		return "unreadNotifications";
	}

	@Override
	public String sql() {
		return NotificationService.UNREAD_COUNT;
	}

}
