package org.chartfolio.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteAddressTests {

	private static final String REMOTE_DATABASE = "jdbc:postgresql://db.internal:5432/chartfolio";

	@Test
	void theConfiguredAddressMakesEveryLink() {
		SiteAddress site = new SiteAddress(
				environment(REMOTE_DATABASE).withProperty("chartfolio.base-url", " https://chartfolio.example.org/ "));
		assertThat(site.absolute("/invitations/abc")).isEqualTo("https://chartfolio.example.org/invitations/abc");
	}

	@Test
	void aProductionStartWithoutItStopsWithOneLineSayingWhatToSet() {
		assertThatThrownBy(() -> new SiteAddress(environment(REMOTE_DATABASE)))
			.isInstanceOf(MissingBaseUrlException.class)
			.satisfies((problem) -> {
				FailureAnalysis analysis = new MissingBaseUrlFailureAnalyzer()
					.analyze(new BeanCreationException("siteAddress", "wrapped", problem));
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("CHARTFOLIO_BASE_URL is not set")
					.contains("db.internal")
					.doesNotContain("\n");
				assertThat(analysis.getAction()).contains("Set CHARTFOLIO_BASE_URL").doesNotContain("\n");
			});
	}

	@Test
	void anAddressThatIsNotAWebAddressStopsTheStartToo() {
		for (String wrong : List.of("chartfolio.example.org", "ftp://chartfolio.example.org",
				"https://chartfolio.example.org/?next=evil", "https://user@chartfolio.example.org")) {
			assertThatThrownBy(
					() -> new SiteAddress(environment(REMOTE_DATABASE).withProperty("chartfolio.base-url", wrong)))
				.as(wrong)
				.isInstanceOf(MissingBaseUrlException.class)
				.hasMessageContaining("is not an http or https address");
		}
	}

	@Test
	void aLocalInstallationAssumesLocalhostOnItsPort() {
		for (String local : List.of("jdbc:postgresql://localhost:5432/postgres",
				"jdbc:postgresql://127.0.0.1/chartfolio", "jdbc:postgresql://[::1]:5432/chartfolio")) {
			SiteAddress site = new SiteAddress(environment(local).withProperty("server.port", "9090"));
			assertThat(site.absolute("/login")).as(local).isEqualTo("http://localhost:9090/login");
		}
	}

	@Test
	void theDemoNeedsNoAddressWhereverItsDatabaseIs() {
		MockEnvironment demo = environment(REMOTE_DATABASE);
		demo.setActiveProfiles("demo");
		assertThat(new SiteAddress(demo).absolute("/")).isEqualTo("http://localhost:8080/");
	}

	@Test
	void aHostThatOnlyStartsLikeLocalhostIsNotLocal() {
		assertThatThrownBy(() -> new SiteAddress(environment("jdbc:postgresql://localhost.evil.example:5432/db")))
			.isInstanceOf(MissingBaseUrlException.class);
	}

	private static MockEnvironment environment(String databaseUrl) {
		return new MockEnvironment().withProperty("spring.datasource.url", databaseUrl);
	}

}
