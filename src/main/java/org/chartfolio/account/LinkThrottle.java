package org.chartfolio.account;

import java.time.Clock;
import java.time.Duration;

import org.chartfolio.system.AttemptCounter;

import org.springframework.stereotype.Component;

/**
 * How often anybody may have Chartfolio email a link (a password reset, a registration):
 * a few times an hour for one address, so nobody's inbox can be flooded, and a few more
 * for one client address, so one client cannot write to address after address. A request
 * over the address's limit is answered as any other and sends nothing, so the answer
 * still says nothing about the address.
 */
@Component
class LinkThrottle {

	static final int PER_EMAIL = 3;

	static final int PER_CLIENT = 10;

	private final AttemptCounter requests;

	LinkThrottle(Clock clock) {
		this.requests = new AttemptCounter(Duration.ofHours(1), clock);
	}

	/** Whether this client has asked too often; nothing is counted then. */
	boolean clientPaused(String clientAddress) {
		return this.requests.pausedUntil("client:" + clientAddress, PER_CLIENT).isPresent();
	}

	/** Counts a request; true when an email to this address may go out. */
	boolean allow(String email, String clientAddress) {
		this.requests.record("client:" + clientAddress);
		String key = "email:" + Account.normaliseEmail(email);
		if (this.requests.pausedUntil(key, PER_EMAIL).isPresent()) {
			return false;
		}
		this.requests.record(key);
		return true;
	}

}
