package org.chartfolio.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.chartfolio.account.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page a signed-in person opens their unread count, for the header: one statement per
 * page. htmx fragments have no header, so they skip it.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

	// A provider, so that web slice tests of other modules, which load every controller advice but
	// not this module's service, still start.
	private final ObjectProvider<NotificationService> notifications;

	UnreadNotificationsAdvice(ObjectProvider<NotificationService> notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		NotificationService service = this.notifications.getIfAvailable();
		if (user == null || service == null || request.getHeader("HX-Request") != null) {
			return null;
		}
		return service.unreadCount(user);
	}

}
