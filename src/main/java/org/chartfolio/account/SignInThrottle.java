package org.chartfolio.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.AttemptCounter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock the owner out. Failed
 * attempts (at the sign-in form, wrong two-factor codes, and the current password asked
 * for on the account pages) are counted in a sliding window three ways:
 * <ul>
 * <li>per account and client address together, with a low limit: a guesser is stopped
 * quickly, but only for the account from where they guess; the owner elsewhere signs in
 * as usual;</li>
 * <li>per account alone, with a much higher ceiling, so that guessing spread over many
 * addresses is still bounded; reaching it takes more failures than one address may
 * make;</li>
 * <li>per client address, whatever the account, so one address cannot try account after
 * account.</li>
 * </ul>
 * Refused attempts are not counted, so a pause does not grow while somebody keeps trying.
 * A success clears the count of that account from that address. The rules live here; the
 * failures themselves in {@link SignInFailures} (PostgreSQL), so every instance counts
 * the same failures and a restart forgets none.
 */
@Component
@RequiredArgsConstructor
class SignInThrottle {

	private final SignInFailures failures;

	private final Limits limits;

	private final Clock clock;

	/**
	 * @param maxFailuresPerAccount failures of one account from one client address before
	 * that pair pauses
	 * @param maxFailuresPerAccountEverywhere failures of one account from anywhere before
	 * the account pauses
	 * @param maxFailuresPerAddress failures from one client address, any account, before
	 * it pauses
	 * @param window how long a failure counts, and so how long a pause lasts at most
	 */
	@ConfigurationProperties("chartfolio.sign-in")
	record Limits(int maxFailuresPerAccount, int maxFailuresPerAccountEverywhere, int maxFailuresPerAddress,
			Duration window) {
	}

	/**
	 * When sign-in is paused for this account from this address, the moment it resumes.
	 */
	Optional<Instant> pausedUntil(String username, String address) {
		Instant now = this.clock.instant();
		Optional<Instant> pair = pausedUntil(pairKey(username, address), this.limits.maxFailuresPerAccount(), now);
		Optional<Instant> account = pausedUntil(accountKey(username), this.limits.maxFailuresPerAccountEverywhere(),
				now);
		Optional<Instant> client = pausedUntil(addressKey(address), this.limits.maxFailuresPerAddress(), now);
		return AttemptCounter.later(AttemptCounter.later(pair, account), client);
	}

	/** The wall-clock time, rounded up to the minute, at which a person may try again. */
	String localTimeOf(Instant instant) {
		LocalTime time = LocalTime.ofInstant(instant, this.clock.getZone());
		LocalTime minute = time.truncatedTo(ChronoUnit.MINUTES);
		return (minute.equals(time) ? minute : minute.plusMinutes(1)).toString();
	}

	void recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		this.failures.record(List.of(pairKey(username, address), accountKey(username), addressKey(address)), now);
		this.failures.forgetUpTo(now.minus(this.limits.window()));
	}

	void recordSuccess(String username, String address) {
		this.failures.clear(pairKey(username, address));
	}

	/**
	 * The pause lasts until enough failures have aged out to bring the count under the
	 * limit: until the {@code limit}th most recent failure in the window leaves it.
	 */
	private Optional<Instant> pausedUntil(String key, int limit, Instant now) {
		return this.failures.nthLatest(key, now.minus(this.limits.window()), limit)
			.map((failure) -> failure.plus(this.limits.window()));
	}

	private static String pairKey(String username, String address) {
		return "pair:" + Account.normaliseEmail(username) + " " + address;
	}

	private static String accountKey(String username) {
		return "account:" + Account.normaliseEmail(username);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
