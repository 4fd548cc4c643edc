package org.chartfolio.signoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client may post a supporter's letter form: as for the other forms open to anybody
 * (the account module's link requests), a few times an hour per client address, so that nobody can
 * guess at links or fill the database from one address. Counts live in memory, per instance.
 */
@Component
class SupporterThrottle {

	/** The default number of posts one client address may make in {@link #WINDOW}. */
	static final int PER_CLIENT = 10;

	static final Duration WINDOW = Duration.ofHours(1);

	private static final int PRUNE_THRESHOLD = 10_000;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int perClient;

	SupporterThrottle(Clock clock,
			@Value("${chartfolio.signoff.posts-per-client-per-hour:" + PER_CLIENT + "}") int perClient) {
		this.clock = clock;
		this.perClient = perClient;
	}

	/** Counts an attempt from this client; false when it has already made too many in the window. */
	boolean allow(String clientAddress) {
		Instant now = this.clock.instant();
		if (this.attempts.size() > PRUNE_THRESHOLD) {
			this.attempts.values().removeIf((times) -> {
				synchronized (times) {
					drop(times, now);
					return times.isEmpty();
				}
			});
		}
		Deque<Instant> times = this.attempts.computeIfAbsent(String.valueOf(clientAddress), (k) -> new ArrayDeque<>());
		synchronized (times) {
			drop(times, now);
			if (times.size() >= this.perClient) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private static void drop(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
			times.removeFirst();
		}
	}

}
