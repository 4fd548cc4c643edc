package org.chartfolio.assessment;

/**
 * An assessor link that does not open anything now: unknown, expired, revoked, or its
 * copy gone. One answer for every reason, so that trying tokens tells nobody which ones
 * once worked.
 */
class LinkUnavailableException extends RuntimeException {

	LinkUnavailableException() {
		super("This assessor link does not work");
	}

}
