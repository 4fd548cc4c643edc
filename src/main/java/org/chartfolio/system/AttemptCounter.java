package org.chartfolio.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts counted per key in a sliding window: the storage behind the throttles of forms
 * and links open to anybody (email links, supporters' letters, assessor links). Once a
 * key has reached a limit, it is paused until the oldest counted attempt leaves the
 * window. Counts live in memory, per app instance; a restart forgets them.
 */
public final class AttemptCounter {

	/** Past this many tracked keys, keys whose attempts have all aged out are dropped. */
	private static final int PRUNE_THRESHOLD = 10_000;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final Duration window;

	private final Clock clock;

	public AttemptCounter(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	public Clock clock() {
		return this.clock;
	}

	/** When the key has reached the limit, the moment it comes back under it. */
	public Optional<Instant> pausedUntil(String key, int limit) {
		Deque<Instant> times = this.attempts.get(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			dropExpired(times, this.clock.instant());
			if (times.size() < limit) {
				return Optional.empty();
			}
			Instant[] ordered = times.toArray(Instant[]::new);
			return Optional.of(ordered[times.size() - limit].plus(this.window));
		}
	}

	public void record(String key) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.attempts.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			dropExpired(times, now);
			times.addLast(now);
		}
		if (this.attempts.size() > PRUNE_THRESHOLD) {
			prune(now);
		}
	}

	public void clear(String key) {
		this.attempts.remove(key);
	}

	/** The later of two pauses, either or both of which may be absent. */
	public static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
		if (one.isPresent() && other.isPresent()) {
			return one.get().isAfter(other.get()) ? one : other;
		}
		return one.isPresent() ? one : other;
	}

	private void dropExpired(Deque<Instant> times, Instant now) {
		Instant horizon = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
			times.pollFirst();
		}
	}

	private void prune(Instant now) {
		this.attempts.entrySet().removeIf((entry) -> {
			Deque<Instant> times = entry.getValue();
			synchronized (times) {
				dropExpired(times, now);
				return times.isEmpty();
			}
		});
	}

}
