package org.chartfolio.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.SecretTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins in PostgreSQL ({@code sign_in_failure}, migration V31), so every
 * instance of the app counts the same failures and a restart forgets none. Each question
 * is one indexed statement; keys are stored as their SHA-256, which also makes an
 * absurdly long "email address" the size of any other.
 */
@Component
@RequiredArgsConstructor
class JdbcSignInFailures implements SignInFailures {

	private final JdbcClient jdbc;

	@Override
	public void record(Collection<String> keys, Instant at) {
		for (String key : keys) {
			this.jdbc.sql("insert into sign_in_failure (throttle_key, failed_at) values (?, ?)")
				.params(SecretTokens.hash(key), Timestamp.from(at))
				.update();
		}
	}

	@Override
	public Optional<Instant> nthLatest(String key, Instant after, int n) {
		return this.jdbc
			.sql("select failed_at from sign_in_failure where throttle_key = ? and failed_at > ? "
					+ "order by failed_at desc offset ? limit 1")
			.params(SecretTokens.hash(key), Timestamp.from(after), n - 1)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	@Override
	public void clear(String key) {
		this.jdbc.sql("delete from sign_in_failure where throttle_key = ?").param(SecretTokens.hash(key)).update();
	}

	@Override
	public void forgetUpTo(Instant horizon) {
		this.jdbc.sql("delete from sign_in_failure where failed_at <= ?").param(Timestamp.from(horizon)).update();
	}

}
