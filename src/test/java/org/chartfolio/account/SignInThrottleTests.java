package org.chartfolio.account;

import java.time.Duration;
import java.time.ZoneId;

import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(ZoneId.of("Europe/London"));

	private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(3, 8, 5, Duration.ofMinutes(15)),
			this.clock);

	@Test
	void pausesAnAccountFromTheGuessersAddressAndResumesWhenTheWindowMovesOn() {
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
		this.clock.advance(Duration.ofMinutes(5));
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");

		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.1")).isPresent();
		assertThat(this.throttle.pausedUntil("bob@example.org", "10.0.0.1")).isEmpty();

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.1")).isEmpty();
	}

	@Test
	void aStrangersGuessesDoNotPauseTheOwnerElsewhere() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("ann@example.org", "198.51.100.9");
		}
		assertThat(this.throttle.pausedUntil("ann@example.org", "198.51.100.9")).isPresent();
		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.1")).as("the owner at home").isEmpty();
	}

	@Test
	void guessesSpreadOverManyAddressesMeetTheAccountsCeiling() {
		for (int i = 0; i < 7; i++) {
			this.throttle.recordFailure("ann@example.org", "192.0.2." + i);
		}
		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.1")).isEmpty();
		this.throttle.recordFailure("ann@example.org", "192.0.2.99");
		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.1")).isPresent();
	}

	@Test
	void treatsCaseAndSpacesAsTheSameAccount() {
		this.throttle.recordFailure("Ann@Example.org", "10.0.0.1");
		this.throttle.recordFailure("  ann@example.org ", "10.0.0.1");
		this.throttle.recordFailure("ANN@EXAMPLE.ORG", "10.0.0.1");

		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.1")).isPresent();
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
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
		this.throttle.recordSuccess("ann@example.org", "10.0.0.1");
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");

		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.1")).isEmpty();
	}

}
