package org.chartfolio.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.QueryCounter;
import org.chartfolio.support.TestClockConfiguration;
import org.chartfolio.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as the real server sends it, directly and behind a TLS-terminating proxy the
 * operator named (here the test itself, on the loopback address).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "chartfolio.trusted-proxies=127.0.0.1")
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, Fixtures.class, QueryCounter.class, org.chartfolio.support.JdbcRecorder.class })
class SessionCookieTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void isHttpOnlyAndSameSiteLax() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(signInPage()));
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void isSecureWhenAProxyReportsHttps() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(signInPage())
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "198.51.100.20"));
		assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
	}

	private URI signInPage() {
		return URI.create("http://127.0.0.1:" + this.port + "/login");
	}

	private String sessionCookie(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
	}

}
