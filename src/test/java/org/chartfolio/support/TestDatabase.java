package org.chartfolio.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.chartfolio.system.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL that a test run uses, chosen once per JVM: a Testcontainers
 * PostgreSQL 17 where a Docker engine answers, otherwise a fresh database of its own on
 * the local server (localhost:5432 unless CHARTFOLIO_TEST_DB_ADMIN_URL says otherwise),
 * dropped when the run ends, and where not even that answers (and
 * CHARTFOLIO_TEST_DB_ADMIN_URL is not set), the same in an embedded PostgreSQL 17 started
 * for the run in a temporary folder. Either way a test run never touches the database of
 * an app running on the same machine.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

	private static final String PREFIX = "chartfolio_test_";

	private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://localhost:5432/postgres";

	/**
	 * Databases left behind by runs that were killed are dropped once they are this old.
	 */
	private static final Duration STALE_AFTER = Duration.ofHours(6);

	private static Coordinates coordinates;

	private TestDatabase() {
	}

	public record Coordinates(String url, String username, String password) {
	}

	public static synchronized Coordinates coordinates() {
		if (coordinates == null) {
			coordinates = dockerAvailable() ? startContainer() : localOrEmbedded();
		}
		return coordinates;
	}

	private static boolean dockerAvailable() {
		boolean hint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
		if (!hint) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
	private static Coordinates startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		log.info("Test database: PostgreSQL 17 in a Testcontainers container at {}", container.getJdbcUrl());
		return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	/**
	 * The local server, or where none answers at the default address and none was named
	 * with CHARTFOLIO_TEST_DB_ADMIN_URL, an embedded PostgreSQL 17 of the run's own.
	 */
	private static Coordinates localOrEmbedded() {
		String configured = System.getenv("CHARTFOLIO_TEST_DB_ADMIN_URL");
		String defaultUrl = System.getProperty("chartfolio.test.db.default-admin-url", DEFAULT_ADMIN_URL);
		String adminUrl = (configured == null || configured.isBlank()) ? defaultUrl : configured;
		String user = env("CHARTFOLIO_TEST_DB_USER", "postgres");
		String password = env("CHARTFOLIO_TEST_DB_PASSWORD", "postgres");
		if (useEmbedded(configured, adminUrl, EmbeddedDatabase::answers)) {
			return startEmbedded(adminUrl);
		}
		return createDatabase(adminUrl, user, password, true);
	}

	/**
	 * Whether to fall back to an embedded PostgreSQL: only when nobody named a server for
	 * the tests and nothing answers at the default one (a server that answers but refuses
	 * is an error to see).
	 */
	static boolean useEmbedded(String configuredAdminUrl, String adminUrl, Predicate<InetSocketAddress> answers) {
		if (configuredAdminUrl != null && !configuredAdminUrl.isBlank()) {
			return false;
		}
		return EmbeddedDatabase.address(adminUrl).map((address) -> !answers.test(address)).orElse(false);
	}

	private static Coordinates startEmbedded(String notAnswering) {
		try {
			Path directory = Files.createTempDirectory("chartfolio-test-postgres");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setRegisterShutdownHook(false) // the hook below stops it
				.setServerConfig("listen_addresses", "localhost")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					System.err.println("Could not stop the tests' embedded PostgreSQL: " + ex.getMessage());
				}
			}));
			log.info(
					"Test database: no Docker engine and nothing answers at {}, so an embedded PostgreSQL 17 on port {} "
							+ "(data in {}, removed at the end of the run)",
					notAnswering, postgres.getPort(), directory);
			// Dropped with the whole server at the end of the run.
			return createDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", false);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No Docker engine, nothing answers at " + notAnswering
					+ ", and the embedded PostgreSQL did not start: " + ex.getMessage(), ex);
		}
	}

	private static Coordinates createDatabase(String adminUrl, String user, String password, boolean dropAtEnd) {
		Matcher url = JDBC_URL.matcher(adminUrl);
		if (!url.matches()) {
			throw new IllegalStateException("CHARTFOLIO_TEST_DB_ADMIN_URL is not a PostgreSQL JDBC URL: " + adminUrl);
		}
		String name = PREFIX + Instant.now().getEpochSecond() + "_" + ProcessHandle.current().pid();
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			dropStale(statement);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No Docker engine, and no PostgreSQL for tests at " + adminUrl
					+ " (start it, or set CHARTFOLIO_TEST_DB_ADMIN_URL): " + ex.getMessage(), ex);
		}
		if (dropAtEnd) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				awaitContextsClosed();
				drop(adminUrl, user, password, name);
			}));
		}
		String testUrl = url.group(1) + name + url.group(3);
		log.info("Test database: {} a throwaway database {} on {} ({})", dropAtEnd ? "no Docker engine, so" : "in it,",
				name, adminUrl,
				dropAtEnd ? "dropped at the end of the run" : "gone with the server at the end of the run");
		return new Coordinates(testUrl, user, password);
	}

	/**
	 * Lets the test contexts close before their database goes: closing, their background
	 * scheduler makes a last poll, and with the database gone each such poll would wait
	 * for a connection that never comes. Spring Boot closes them all on its one
	 * shutdown-hook thread, which is waited for here (a minute at most).
	 */
	private static void awaitContextsClosed() {
		try {
			// Every shutdown hook is started at once; give Spring Boot's a moment to be
			// among the live threads.
			Thread.sleep(200);
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread.getName().equals("SpringApplicationShutdownHook")) {
					thread.join(60_000);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void dropStale(Statement statement) throws SQLException {
		List<String> stale = new ArrayList<>();
		long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
		try (ResultSet rows = statement
			.executeQuery("select datname from pg_database where datname like '" + PREFIX.replace("_", "\\_") + "%'")) {
			while (rows.next()) {
				String[] parts = rows.getString(1).substring(PREFIX.length()).split("_");
				if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
					stale.add(rows.getString(1));
				}
			}
		}
		for (String name : stale) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}

	private static void drop(String adminUrl, String user, String password, String name) {
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
