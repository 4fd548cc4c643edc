package org.chartfolio.signoff;

import java.time.Duration;
import java.time.ZoneId;

import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupporterThrottleTests {

	@Test
	void oneClientMayPostAFewTimesAnHourAndOthersAreNotHeldUp() {
		MutableClock clock = new MutableClock(ZoneId.of("Europe/London"));
		SupporterThrottle throttle = new SupporterThrottle(clock, 3);
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).as("the fourth post in the hour").isFalse();
		assertThat(throttle.allow("10.0.0.2")).as("another client").isTrue();
		clock.advance(Duration.ofMinutes(61));
		assertThat(throttle.allow("10.0.0.1")).as("an hour later").isTrue();
	}

}
