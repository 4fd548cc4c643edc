package org.chartfolio.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock the owner out. Failed attempts (at
 * the sign-in form, and the current password asked for on the account pages) are counted in a
 * sliding window three ways:
 * <ul>
 * <li>per account and client address together, with a low limit: a guesser is stopped quickly, but
 * only for the account from where they guess; the owner elsewhere signs in as usual;</li>
 * <li>per account alone, with a much higher ceiling, so that guessing spread over many addresses is
 * still bounded; reaching it takes more failures than one address may make;</li>
 * <li>per client address, whatever the account, so one address cannot try account after account.</li>
 * </ul>
 * Refused attempts are not counted, so a pause does not grow while somebody keeps trying. A success
 * clears the count of that account from that address.
 */
@Component
class SignInThrottle {

	private final AttemptCounter failures;

	private final Limits limits;

	SignInThrottle(Limits limits, Clock clock) {
		this.limits = limits;
		this.failures = new AttemptCounter(limits.window(), clock);
	}

	/**
	 * @param maxFailuresPerAccount failures of one account from one client address before that pair pauses
	 * @param maxFailuresPerAccountEverywhere failures of one account from anywhere before the account pauses
	 * @param maxFailuresPerAddress failures from one client address, any account, before it pauses
	 */
	@ConfigurationProperties("chartfolio.sign-in")
	record Limits(int maxFailuresPerAccount, int maxFailuresPerAccountEverywhere, int maxFailuresPerAddress,
			Duration window) {
	}

	/** When sign-in is paused for this account from this address, the moment it resumes. */
	Optional<Instant> pausedUntil(String username, String address) {
		Optional<Instant> pair = this.failures.pausedUntil(pairKey(username, address), this.limits.maxFailuresPerAccount());
		Optional<Instant> account = this.failures.pausedUntil(accountKey(username),
				this.limits.maxFailuresPerAccountEverywhere());
		Optional<Instant> client = this.failures.pausedUntil(addressKey(address), this.limits.maxFailuresPerAddress());
		return AttemptCounter.later(AttemptCounter.later(pair, account), client);
	}

	/** The wall-clock time, rounded up to the minute, at which a person may try again. */
	String localTimeOf(Instant instant) {
		Clock clock = this.failures.clock();
		LocalTime time = LocalTime.ofInstant(instant, clock.getZone());
		LocalTime minute = time.truncatedTo(ChronoUnit.MINUTES);
		return (minute.equals(time) ? minute : minute.plusMinutes(1)).toString();
	}

	void recordFailure(String username, String address) {
		this.failures.record(pairKey(username, address));
		this.failures.record(accountKey(username));
		this.failures.record(addressKey(address));
	}

	void recordSuccess(String username, String address) {
		this.failures.clear(pairKey(username, address));
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
