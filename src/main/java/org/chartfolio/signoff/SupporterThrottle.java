package org.chartfolio.signoff;

import java.time.Clock;
import java.time.Duration;

import org.chartfolio.system.AttemptCounter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client may post a supporter's letter form: as for the other forms open to
 * anybody (the account module's link requests), a few times an hour per client address,
 * so that nobody can guess at links or fill the database from one address. Counts live in
 * memory, per instance.
 */
@Component
class SupporterThrottle {

	/** The default number of posts one client address may make in {@link #WINDOW}. */
	static final int PER_CLIENT = 10;

	static final Duration WINDOW = Duration.ofHours(1);

	private final AttemptCounter posts;

	private final int perClient;

	SupporterThrottle(Clock clock,
			@Value("${chartfolio.signoff.posts-per-client-per-hour:" + PER_CLIENT + "}") int perClient) {
		this.posts = new AttemptCounter(WINDOW, clock);
		this.perClient = perClient;
	}

	/**
	 * Counts an attempt from this client; false when it has already made too many in the
	 * window.
	 */
	boolean allow(String clientAddress) {
		String key = String.valueOf(clientAddress);
		if (this.posts.pausedUntil(key, this.perClient).isPresent()) {
			return false;
		}
		this.posts.record(key);
		return true;
	}

}
