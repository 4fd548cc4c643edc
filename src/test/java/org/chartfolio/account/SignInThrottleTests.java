package org.chartfolio.account;

import java.time.Duration;
import java.time.ZoneId;

import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(ZoneId.of("Europe/London"));

	private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(3, 5, Duration.ofMinutes(15)),
			this.clock);

	@Test
	void pausesAnAccountAfterTheLimitAndResumesWhenTheWindowMovesOn() {
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
		this.clock.advance(Duration.ofMinutes(5));
		this.throttle.recordFailure("ann@example.org", "10.0.0.2");
		this.throttle.recordFailure("ann@example.org", "10.0.0.3");

		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.4")).isPresent();
		assertThat(this.throttle.pausedUntil("bob@example.org", "10.0.0.4")).isEmpty();

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.4")).isEmpty();
	}

	@Test
	void treatsCaseAndSpacesAsTheSameAccount() {
		this.throttle.recordFailure("Ann@Example.org", "10.0.0.1");
		this.throttle.recordFailure("  ann@example.org ", "10.0.0.2");
		this.throttle.recordFailure("ANN@EXAMPLE.ORG", "10.0.0.3");

		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.9")).isPresent();
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
	void aSuccessfulSignInClearsTheAccountsCount() {
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");
		this.throttle.recordSuccess("ann@example.org");
		this.throttle.recordFailure("ann@example.org", "10.0.0.1");

		assertThat(this.throttle.pausedUntil("ann@example.org", "10.0.0.2")).isEmpty();
	}

}
