package org.chartfolio.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such request, or not one for the person asking: both answer alike, so that nobody
 * learns which requests exist by guessing ids.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MentorRequestNotFoundException extends RuntimeException {

	MentorRequestNotFoundException(long requestId) {
		super("No mentor request " + requestId + " for this person");
	}

}
