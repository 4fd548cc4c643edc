package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(ZoneId.of("Europe/London"));

	private final MemorySignInFailures failures = new MemorySignInFailures();

	private final SignInThrottle throttle = new SignInThrottle(this.failures,
			new SignInThrottle.Limits(3, 8, 5, Duration.ofMinutes(15)), this.clock);

	@Test
	void pausesAnAccountFromTheGuessersAddressAndResumesWhenTheWindowMovesOn() {
		annFailsAtHome();
		this.clock.advance(Duration.ofMinutes(5));
		annFailsAtHome();
		annFailsAtHome();

		assertThat(annPausedAtHome()).isPresent();
		assertThat(this.throttle.pausedUntil("bob@example.org", "10.0.0.1")).isEmpty();

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(annPausedAtHome()).isEmpty();
	}

	@Test
	void aStrangersGuessesDoNotPauseTheOwnerElsewhere() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("ann@example.org", "198.51.100.9");
		}
		assertThat(this.throttle.pausedUntil("ann@example.org", "198.51.100.9")).isPresent();
		assertThat(annPausedAtHome()).as("the owner at home").isEmpty();
	}

	@Test
	void guessesSpreadOverManyAddressesMeetTheAccountsCeiling() {
		for (int i = 0; i < 7; i++) {
			this.throttle.recordFailure("ann@example.org", "192.0.2." + i);
		}
		assertThat(annPausedAtHome()).isEmpty();
		this.throttle.recordFailure("ann@example.org", "192.0.2.99");
		assertThat(annPausedAtHome()).isPresent();
	}

	@Test
	void treatsCaseAndSpacesAsTheSameAccount() {
		this.throttle.recordFailure("Ann@Example.org", "10.0.0.1");
		this.throttle.recordFailure("  ann@example.org ", "10.0.0.1");
		this.throttle.recordFailure("ANN@EXAMPLE.ORG", "10.0.0.1");

		assertThat(annPausedAtHome()).isPresent();
	}

	@Test
	void pausesAnAddressThatTriesManyAccounts() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("person" + i + "@example.org", "192.0.2.7");
		}
		assertThat(this.throttle.pausedUntil("someone-new@example.org", "192.0.2.7")).isPresent();
		assertThat(this.throttle.pausedUntil("someone-new@example.org", "192.0.2.8")).isEmpty();
	}

	@Test
	void aSuccessfulSignInClearsTheCountFromThatAddress() {
		annFailsAtHome();
		annFailsAtHome();
		this.throttle.recordSuccess("ann@example.org", "10.0.0.1");
		annFailsAtHome();

		assertThat(annPausedAtHome()).isEmpty();
	}

	@Test
	void pausesUntilEnoughFailuresHaveLeftTheWindowRoundedUpToTheMinute() {
		Instant first = this.clock.instant();
		annFailsAtHome();
		this.clock.advance(Duration.ofSeconds(90));
		annFailsAtHome();
		annFailsAtHome();

		assertThat(annPausedAtHome()).as("until the first of the three has left")
			.hasValueSatisfying((until) -> assertThat(until).isBetween(first.plus(Duration.ofMinutes(15)),
					first.plus(Duration.ofMinutes(15)).plusSeconds(5)));
		Instant onTheMinute = Instant.parse("2026-11-27T10:15:00Z");
		assertThat(this.throttle.localTimeOf(onTheMinute)).isEqualTo("10:15");
		assertThat(this.throttle.localTimeOf(onTheMinute.plusSeconds(1))).isEqualTo("10:16");
	}

	@Test
	void failuresThatHaveLeftTheWindowAreForgotten() {
		annFailsAtHome();
		this.clock.advance(Duration.ofMinutes(16));
		this.throttle.recordFailure("bob@example.org", "10.0.0.2");

		assertThat(this.failures.size()).as("Bob's three keys; Ann's failure has gone").isEqualTo(3);
	}

	/** Ann gets her password wrong from her usual address. */
	private void annFailsAtHome() {
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
	}

	/** Until when Ann, at her usual address, must wait before trying again. */
	private Optional<Instant> annPausedAtHome() {
		return this.throttle.pausedUntil("ann@example.org", "10.0.0.1");
	}

}
