package org.chartfolio.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Where {@link SignInThrottle} keeps the failures it counts: the storage behind its
 * rules, shared by every instance of the app. Keys are whatever the rules count by; the
 * store knows nothing of them.
 */
interface SignInFailures {

	/** Counts one failure at {@code at} under each key. */
	void record(Collection<String> keys, Instant at);

	/**
	 * Of the failures under {@code key} later than {@code after}, the time of the
	 * {@code n}th most recent (1 is the latest); empty when there are fewer than
	 * {@code n}.
	 */
	Optional<Instant> nthLatest(String key, Instant after, int n);

	/** Forgets every failure under {@code key}. */
	void clear(String key);

	/** Forgets every failure at or before {@code horizon}, whatever its key. */
	void forgetUpTo(Instant horizon);

}
