package org.chartfolio.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in a sliding window. Once either
 * reaches its limit, further attempts are refused until the oldest counted failure leaves the
 * window; refused attempts are not counted, so the pause does not grow while someone keeps trying.
 * Counts live in memory: a restart forgets them, which is acceptable for one app instance.
 */
@Component
class SignInThrottle {

	/** Past this many tracked keys, keys whose failures have all aged out are dropped. */
	private static final int PRUNE_THRESHOLD = 10_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Limits limits;

	private final Clock clock;

	SignInThrottle(Limits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	@ConfigurationProperties("chartfolio.sign-in")
	record Limits(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {
	}

	/** When sign-in is paused for this account or address, the moment it resumes. */
	Optional<Instant> pausedUntil(String username, String address) {
		Instant now = this.clock.instant();
		Optional<Instant> byAccount = pausedUntil(accountKey(username), this.limits.maxFailuresPerAccount(), now);
		Optional<Instant> byAddress = pausedUntil(addressKey(address), this.limits.maxFailuresPerAddress(), now);
		if (byAccount.isPresent() && byAddress.isPresent()) {
			return Optional.of(byAccount.get().isAfter(byAddress.get()) ? byAccount.get() : byAddress.get());
		}
		return byAccount.isPresent() ? byAccount : byAddress;
	}

	/** The wall-clock time, rounded up to the minute, at which a person may try again. */
	String localTimeOf(Instant instant) {
		LocalTime time = LocalTime.ofInstant(instant, this.clock.getZone());
		LocalTime minute = time.truncatedTo(ChronoUnit.MINUTES);
		return (minute.equals(time) ? minute : minute.plusMinutes(1)).toString();
	}

	void recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		record(accountKey(username), now);
		record(addressKey(address), now);
		if (this.failures.size() > PRUNE_THRESHOLD) {
			prune(now);
		}
	}

	void recordSuccess(String username) {
		this.failures.remove(accountKey(username));
	}

	private Optional<Instant> pausedUntil(String key, int limit, Instant now) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			dropExpired(times, now);
			if (times.size() < limit) {
				return Optional.empty();
			}
			// The pause lasts until enough failures have aged out to bring the count under the limit.
			Instant[] ordered = times.toArray(Instant[]::new);
			return Optional.of(ordered[times.size() - limit].plus(this.limits.window()));
		}
	}

	private void record(String key, Instant now) {
		Deque<Instant> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			dropExpired(times, now);
			times.addLast(now);
		}
	}

	private void dropExpired(Deque<Instant> times, Instant now) {
		Instant horizon = now.minus(this.limits.window());
		while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
			times.pollFirst();
		}
	}

	private void prune(Instant now) {
		this.failures.entrySet().removeIf((entry) -> {
			Deque<Instant> times = entry.getValue();
			synchronized (times) {
				dropExpired(times, now);
				return times.isEmpty();
			}
		});
	}

	private static String accountKey(String username) {
		return "account:" + Account.normaliseEmail(username);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
