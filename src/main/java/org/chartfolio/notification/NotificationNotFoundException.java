package org.chartfolio.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Not the person's notification, or about a portfolio they may no longer read: both
 * answer alike.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotificationNotFoundException extends RuntimeException {

	NotificationNotFoundException(long id) {
		super("No notification " + id + " for this person");
	}

}
