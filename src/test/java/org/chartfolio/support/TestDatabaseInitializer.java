package org.chartfolio.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context a test starts at {@link TestDatabase}, whatever the
 * environment and the test's own annotations say, before a single bean exists: registered
 * for all test contexts in {@code META-INF/spring.factories}, so that no bean created
 * early (a servlet filter the embedded server needs before the other beans) can ever open
 * the app's own database.
 */
@Order(Ordered.LOWEST_PRECEDENCE - 100) // before EmbeddedDatabase, which then sees a
										// configured database
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SOURCE = "chartfolio-test-database";

	/**
	 * chartfolio.test.database=app-default leaves the context with the app's own database
	 * settings.
	 */
	public static final String APP_DEFAULT = "app-default";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		if (APP_DEFAULT.equals(environment.getProperty("chartfolio.test.database"))) {
			// The one test of what the app does with no database configured
			// (EmbeddedDatabaseStartTests),
			// whose default address is a closed port, never the app's own database.
			return;
		}
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		// Test contexts are cached and each keeps its pool open; small pools keep a whole
		// run well
		// inside PostgreSQL's default of 100 connections. The page benchmark, alone in
		// its run, asks for
		// the app's own pool size instead (chartfolio.test.pool-size). The database is
		// dropped at the end of
		// the run while the contexts close: the scheduler's last polls give up on it
		// after a few seconds, not
		// Hikari's default 30, so the JVM exits promptly.
		environment.getPropertySources()
			.addFirst(new MapPropertySource(SOURCE,
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password(),
							"spring.datasource.hikari.maximum-pool-size",
							environment.getProperty("chartfolio.test.pool-size", "4"),
							"spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.connection-timeout",
							"5000", "db-scheduler.shutdown-max-wait", "2s")));
	}

}
