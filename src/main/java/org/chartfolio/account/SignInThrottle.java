package org.chartfolio.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in a sliding window. Once either
 * reaches its limit, further attempts are refused until the oldest counted failure leaves the
 * window; refused attempts are not counted, so the pause does not grow while someone keeps trying.
 * The rules live here; the failures themselves in {@link SignInFailures} (PostgreSQL), so every
 * instance of the app counts the same failures and a restart forgets none.
 */
@Component
class SignInThrottle {

	private final SignInFailures failures;

	private final Limits limits;

	private final Clock clock;

	SignInThrottle(SignInFailures failures, Limits limits, Clock clock) {
		this.failures = failures;
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
		this.failures.record(List.of(accountKey(username), addressKey(address)), now);
		this.failures.forgetUpTo(now.minus(this.limits.window()));
	}

	void recordSuccess(String username) {
		this.failures.clear(accountKey(username));
	}

	/**
	 * The pause lasts until enough failures have aged out to bring the count under the limit: until the
	 * {@code limit}th most recent failure in the window leaves it.
	 */
	private Optional<Instant> pausedUntil(String key, int limit, Instant now) {
		return this.failures.nthLatest(key, now.minus(this.limits.window()), limit)
			.map((failure) -> failure.plus(this.limits.window()));
	}

	private static String accountKey(String username) {
		return "account:" + Account.normaliseEmail(username);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
