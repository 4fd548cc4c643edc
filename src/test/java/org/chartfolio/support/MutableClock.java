package org.chartfolio.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that follows real time, shifted by however far a test has moved it. */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset;

	public MutableClock(ZoneId zone) {
		this(zone, new AtomicReference<>(Duration.ZERO));
	}

	private MutableClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	public void advance(Duration duration) {
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	/** Back to the real time: after every test (see {@link ClockReset}). */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId newZone) {
		return new MutableClock(newZone, this.offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

}
