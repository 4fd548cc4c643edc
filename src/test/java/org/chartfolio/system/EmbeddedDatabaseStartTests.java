package org.chartfolio.system;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.chartfolio.ChartfolioApplication;
import org.chartfolio.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole app started the way a newcomer starts it, with no database configured, where
 * nothing answers at the default address (here a closed port, so the app's own database
 * is never touched): it serves its pages from a PostgreSQL of its own, and stops that
 * PostgreSQL when it stops.
 */
class EmbeddedDatabaseStartTests {

	@TempDir
	Path data;

	@Test
	void withNoDatabaseConfiguredAndNoneAnsweringTheAppServesFromItsOwnPostgresql() throws Exception {
		int closed = freePort();
		Path directory = this.data.resolve("postgres");
		int embeddedPort;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChartfolioApplication.class)
			// On the command line, as a person would pass them: above
			// application.properties, which sets the default.
			.run("--chartfolio.test.database=" + TestDatabaseInitializer.APP_DEFAULT,
					"--chartfolio.db.default-url=jdbc:postgresql://127.0.0.1:" + closed + "/postgres",
					"--chartfolio.db.embedded-directory=" + directory, "--server.port=0")) {
			JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
			embeddedPort = jdbc.queryForObject("select setting::int from pg_settings where name = 'port'",
					Integer.class);
			assertThat(embeddedPort).isNotEqualTo(closed);
			assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
			assertThat(jdbc.queryForObject("select count(*) from chartfolio.flyway_schema_history where success",
					Integer.class))
				.as("the migrations ran")
				.isPositive();
			assertThat(Files.exists(directory.resolve("PG_VERSION"))).as("its data in the folder asked for").isTrue();

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpResponse<String> login = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("<form").contains("password");
		}
		assertThat(EmbeddedDatabase.answers(InetSocketAddress.createUnresolved("localhost", embeddedPort)))
			.as("stopped with the app")
			.isFalse();
		assertThat(Files.exists(directory.resolve("PG_VERSION"))).as("its data kept for the next start").isTrue();
	}

	@Test
	void aConfiguredDatabaseThatDoesNotAnswerStopsTheStartInsteadOfFallingBack() throws Exception {
		int closed = freePort();
		Path directory = this.data.resolve("never");
		SpringApplicationBuilder app = new SpringApplicationBuilder(ChartfolioApplication.class);

		assertThatThrownBy(() -> app.run("--chartfolio.test.database=" + TestDatabaseInitializer.APP_DEFAULT,
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/postgres",
				"--chartfolio.db.embedded-directory=" + directory, "--server.port=0"))
			.hasRootCauseInstanceOf(java.net.ConnectException.class);
		assertThat(directory).doesNotExist();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
