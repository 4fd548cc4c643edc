package org.chartfolio.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures in PostgreSQL: what every instance of the app reads. */
@IntegrationTest
class JdbcSignInFailuresTests {

	private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

	@Autowired
	private JdbcSignInFailures failures;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void answersTheNthLatestFailureInTheWindowPerKey() {
		String ann = "account:ann-" + UUID.randomUUID() + "@example.org";
		String other = "address:" + UUID.randomUUID();
		this.failures.record(List.of(ann, other), T);
		this.failures.record(List.of(ann), T.plusSeconds(60));
		this.failures.record(List.of(ann), T.plusSeconds(120));

		assertThat(this.failures.nthLatest(ann, T.minusSeconds(1), 1)).hasValue(T.plusSeconds(120));
		assertThat(this.failures.nthLatest(ann, T.minusSeconds(1), 3)).hasValue(T);
		assertThat(this.failures.nthLatest(ann, T.minusSeconds(1), 4)).isEmpty();
		assertThat(this.failures.nthLatest(ann, T, 3)).as("a failure at the window's edge has left it").isEmpty();
		assertThat(this.failures.nthLatest(other, T.minusSeconds(1), 1)).hasValue(T);

		this.failures.clear(ann);
		assertThat(this.failures.nthLatest(ann, T.minusSeconds(1), 1)).isEmpty();
		assertThat(this.failures.nthLatest(other, T.minusSeconds(1), 1)).hasValue(T);
	}

	@Test
	void forgetsOldFailuresAndNeverKeepsWhatWasTypedAsTheAddress() {
		String typed = "account:my secret passphrase " + UUID.randomUUID() + "x".repeat(5000);
		Instant old = T.minusSeconds(3600 * 24);
		this.failures.record(List.of(typed), old);
		assertThat(this.jdbc.sql("select count(*) from sign_in_failure where throttle_key like '%secret%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.failures.nthLatest(typed, old.minusSeconds(1), 1)).hasValue(old);

		this.failures.forgetUpTo(old);
		assertThat(this.failures.nthLatest(typed, old.minusSeconds(1), 1)).isEmpty();
	}

}
