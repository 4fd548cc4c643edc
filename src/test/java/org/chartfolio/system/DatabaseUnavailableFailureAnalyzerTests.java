package org.chartfolio.system;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableFailureAnalyzerTests {

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("spring.datasource.url", "jdbc:postgresql://localhost:5999/postgres")
		.withProperty("spring.datasource.username", "postgres");

	private final DatabaseUnavailableFailureAnalyzer analyzer = new DatabaseUnavailableFailureAnalyzer(
			this.environment);

	@Test
	void explainsARefusedConnectionInOneLineWithTheWayOut() {
		SQLException refused = new SQLException("Connection to localhost:5999 refused.\nmore detail", "08001",
				new ConnectException("Connection refused"));
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped", refused));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("jdbc:postgresql://localhost:5999/postgres")
			.contains("'postgres'")
			.contains("Connection to localhost:5999 refused.")
			.doesNotContain("\n");
		assertThat(analysis.getAction()).contains("docker compose up -d").contains("CHARTFOLIO_DB_URL");
	}

	@Test
	void leavesOtherDatabaseErrorsToSpringBoot() {
		SQLException syntax = new SQLException("syntax error at or near \"selct\"", "42601");
		assertThat(this.analyzer.analyze(new IllegalStateException("wrapped", syntax))).isNull();
	}

}
