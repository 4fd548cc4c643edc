package org.chartfolio.support;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A context with a running server (whose servlet filters are made before the other beans)
 * reads and writes the test database, never the app's own.
 */
@BrowserTest
class TestDatabaseTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theRunningServerUsesTheTestDatabase() {
		String database = this.jdbc.sql("select current_database()").query(String.class).single();
		String url = TestDatabase.coordinates().url();
		assertThat(url).contains("/" + database);
		assertThat(database).isNotEqualTo("postgres");
	}

}
