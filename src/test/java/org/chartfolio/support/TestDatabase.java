package org.chartfolio.support;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL that a test run uses, chosen once per JVM: a Testcontainers PostgreSQL 17
 * where a Docker engine answers, otherwise a fresh database of its own on the local server
 * (localhost:5432 unless CHARTFOLIO_TEST_DB_ADMIN_URL says otherwise), dropped when the run ends.
 * Either way a test run never touches the database of an app running on the same machine.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

	private static final String PREFIX = "chartfolio_test_";

	/** Databases left behind by runs that were killed are dropped once they are this old. */
	private static final Duration STALE_AFTER = Duration.ofHours(6);

	private static Coordinates coordinates;

	private TestDatabase() {
	}

	public record Coordinates(String url, String username, String password) {
	}

	public static synchronized Coordinates coordinates() {
		if (coordinates == null) {
			coordinates = dockerAvailable() ? startContainer() : createLocalDatabase();
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

	private static Coordinates createLocalDatabase() {
		String adminUrl = env("CHARTFOLIO_TEST_DB_ADMIN_URL", "jdbc:postgresql://localhost:5432/postgres");
		String user = env("CHARTFOLIO_TEST_DB_USER", "postgres");
		String password = env("CHARTFOLIO_TEST_DB_PASSWORD", "postgres");
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
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			awaitContextsClosed();
			drop(adminUrl, user, password, name);
		}));
		String testUrl = url.group(1) + name + url.group(3);
		log.info("Test database: no Docker engine, so a throwaway database {} on {} (dropped at the end of the run)",
				name, adminUrl);
		return new Coordinates(testUrl, user, password);
	}

	/**
	 * Lets the test contexts close before their database goes: closing, their background scheduler makes a
	 * last poll, and with the database gone each such poll would wait for a connection that never comes.
	 * Spring Boot closes them all on its one shutdown-hook thread, which is waited for here (a minute at most).
	 */
	private static void awaitContextsClosed() {
		try {
			// Every shutdown hook is started at once; give Spring Boot's a moment to be among the live threads.
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
		try (ResultSet rows = statement.executeQuery("select datname from pg_database where datname like '"
				+ PREFIX.replace("_", "\\_") + "%'")) {
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
