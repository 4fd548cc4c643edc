package org.chartfolio.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Failures in a list, for testing the throttle's rules apart from where the failures are
 * kept.
 */
final class MemorySignInFailures implements SignInFailures {

	private record Failure(String key, Instant at) {
	}

	private final List<Failure> failures = new ArrayList<>();

	@Override
	public void record(Collection<String> keys, Instant at) {
		keys.forEach((key) -> this.failures.add(new Failure(key, at)));
	}

	@Override
	public Optional<Instant> nthLatest(String key, Instant after, int n) {
		return this.failures.stream()
			.filter((failure) -> failure.key().equals(key) && failure.at().isAfter(after))
			.map(Failure::at)
			.sorted(Comparator.reverseOrder())
			.skip(n - 1)
			.findFirst();
	}

	@Override
	public void clear(String key) {
		this.failures.removeIf((failure) -> failure.key().equals(key));
	}

	@Override
	public void forgetUpTo(Instant horizon) {
		this.failures.removeIf((failure) -> !failure.at().isAfter(horizon));
	}

	int size() {
		return this.failures.size();
	}

}
