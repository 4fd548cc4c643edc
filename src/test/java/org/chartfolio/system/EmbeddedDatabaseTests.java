package org.chartfolio.system;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** When the app starts a PostgreSQL of its own, and when it must not. */
class EmbeddedDatabaseTests {

	private static final String PACKAGED = "Config resource 'class path resource [application.properties]' via location 'optional:classpath:/'";

	private StandardEnvironment environment;

	private final List<InetSocketAddress> asked = new ArrayList<>();

	@BeforeEach
	void anEnvironmentWithThePackagedDefaultsOnly() {
		this.environment = new StandardEnvironment();
		this.environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		this.environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		this.environment.getPropertySources()
			.addLast(new MapPropertySource(PACKAGED,
					Map.of("spring.datasource.url", "${CHARTFOLIO_DB_URL:${chartfolio.db.default-url}}",
							"chartfolio.db.default-url", "jdbc:postgresql://localhost:5432/postgres")));
		ConfigurationPropertySources.attach(this.environment);
	}

	@Test
	void startsOneWhenNothingIsConfiguredAndNothingAnswers() {
		EmbeddedDatabase.Decision decision = EmbeddedDatabase.decide(this.environment, this::nothingAnswers);

		assertThat(decision.start()).isTrue();
		assertThat(decision.reason()).isEqualTo("No database is configured and nothing answers at localhost:5432");
		assertThat(this.asked).extracting(InetSocketAddress::getHostString, InetSocketAddress::getPort)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("localhost", 5432));
	}

	@Test
	void usesTheDatabaseThatAnswersAtTheDefaultAddress() {
		EmbeddedDatabase.Decision decision = EmbeddedDatabase.decide(this.environment, (address) -> true);

		assertThat(decision.start()).isFalse();
		assertThat(decision.reason()).contains("a database answers at jdbc:postgresql://localhost:5432/postgres");
	}

	@Test
	void aDefaultAddressMovedElsewhereIsStillNotAConfiguredDatabase() {
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of("chartfolio.db.default-url", "jdbc:postgresql://127.0.0.1:1/x")));

		assertThat(EmbeddedDatabase.decide(this.environment, this::nothingAnswers).start()).isTrue();
		assertThat(this.asked).extracting(InetSocketAddress::getPort).containsExactly(1);
	}

	@Test
	void neverFallsBackFromTheVariableChartfolioDbUrl() {
		EmbeddedDatabase.Decision decision = decideWithVariable("CHARTFOLIO_DB_URL",
				"jdbc:postgresql://db.internal:5432/chartfolio");

		assertThat(decision.start()).isFalse();
		assertThat(decision.reason()).contains("CHARTFOLIO_DB_URL");
		assertThat(this.asked).isEmpty();
	}

	@Test
	void neverFallsBackFromSpringDatasourceUrlInTheEnvironment() {
		EmbeddedDatabase.Decision decision = decideWithVariable("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://localhost:5432/postgres");

		assertThat(decision.start()).isFalse();
		assertThat(decision.reason()).contains("spring.datasource.url in systemEnvironment");
	}

	@Test
	void neverFallsBackFromSpringDatasourceUrlOnTheCommandLineOrInAnotherFile() {
		for (String source : List.of("commandLineArgs",
				"Config resource 'file [application.properties]' via location 'optional:file:./'",
				"Config resource 'class path resource [application-prod.properties]' via location 'optional:classpath:/'")) {
			anEnvironmentWithThePackagedDefaultsOnly();
			this.environment.getPropertySources()
				.addFirst(new MapPropertySource(source,
						Map.of("spring.datasource.url", "jdbc:postgresql://localhost/x")));

			assertThat(EmbeddedDatabase.decide(this.environment, this::nothingAnswers).start()).as(source).isFalse();
		}
	}

	@Test
	void canBeTurnedOff() {
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("chartfolio.db.embedded", "false")));

		EmbeddedDatabase.Decision decision = EmbeddedDatabase.decide(this.environment, this::nothingAnswers);

		assertThat(decision.start()).isFalse();
		assertThat(decision.reason()).isEqualTo("chartfolio.db.embedded is false");
	}

	@Test
	void readsTheHostAndPortOfAPostgresqlUrl() {
		assertThat(EmbeddedDatabase.address("jdbc:postgresql://db.example.org/chartfolio?ssl=true"))
			.hasValueSatisfying((address) -> assertThat(address.getHostString() + ":" + address.getPort())
				.isEqualTo("db.example.org:5432"));
		assertThat(EmbeddedDatabase.address("jdbc:postgresql://[::1]:6543/x"))
			.hasValueSatisfying((address) -> assertThat(address.getPort()).isEqualTo(6543));
		assertThat(EmbeddedDatabase.address("jdbc:mysql://localhost/x")).isEmpty();
		assertThat(EmbeddedDatabase.address("jdbc:postgresql://a:5432,b:5432/x")).isEmpty();
	}

	/**
	 * The decision when the environment has this variable set and nothing answers at any
	 * address.
	 */
	private EmbeddedDatabase.Decision decideWithVariable(String name, String value) {
		this.environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("systemEnvironment", Map.of(name, value)));
		return EmbeddedDatabase.decide(this.environment, this::nothingAnswers);
	}

	private boolean nothingAnswers(InetSocketAddress address) {
		this.asked.add(address);
		return false;
	}

}
