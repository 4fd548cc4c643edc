package org.chartfolio.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a test run starts an embedded PostgreSQL of its own rather than use the local
 * server.
 */
class TestDatabaseFallbackTests {

	private static final String DEFAULT = "jdbc:postgresql://localhost:5432/postgres";

	@Test
	void fallsBackOnlyWhenNothingAnswersAtTheDefaultServer() {
		assertThat(TestDatabase.useEmbedded(null, DEFAULT, (address) -> false)).isTrue();
		assertThat(TestDatabase.useEmbedded("", DEFAULT, (address) -> false)).isTrue();
		assertThat(TestDatabase.useEmbedded(null, DEFAULT, (address) -> true)).isFalse();
	}

	@Test
	void aServerNamedForTheTestsNeverFallsBack() {
		String named = "jdbc:postgresql://db.test:5432/postgres";
		assertThat(TestDatabase.useEmbedded(named, named, (address) -> false)).isFalse();
	}

	@Test
	void looksWhereTheDefaultAddressSays() {
		java.util.List<Integer> asked = new java.util.ArrayList<>();
		TestDatabase.useEmbedded(null, "jdbc:postgresql://127.0.0.1:1/postgres",
				(address) -> asked.add(address.getPort()));
		assertThat(asked).containsExactly(1);
	}

}
