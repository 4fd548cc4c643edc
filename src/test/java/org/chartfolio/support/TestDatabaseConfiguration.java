package org.chartfolio.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points every test context at {@link TestDatabase}, whatever the environment says. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	DynamicPropertyRegistrar testDatabaseProperties(Environment environment) {
		return (registry) -> {
			TestDatabase.Coordinates database = TestDatabase.coordinates();
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
			// Test contexts are cached and each keeps its pool open; small pools keep a whole run
			// well inside PostgreSQL's default of 100 connections. The page benchmark, alone in its run,
			// asks for the app's own pool size instead (chartfolio.test.pool-size).
			registry.add("spring.datasource.hikari.maximum-pool-size",
					() -> environment.getProperty("chartfolio.test.pool-size", "4"));
			registry.add("spring.datasource.hikari.minimum-idle", () -> 1);
		};
	}

}
