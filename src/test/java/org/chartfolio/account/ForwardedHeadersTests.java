package org.chartfolio.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server with no trusted proxy configured (the default): what a client writes in
 * forwarded headers changes nothing, even from the loopback address Tomcat would
 * otherwise believe.
 */
@ServerTest
class ForwardedHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private SignInFailures failures;

	/**
	 * Failures are kept in the database every test shares, and other tests fail to sign
	 * in from this address too: this test counts only its own, and leaves none behind.
	 */
	@BeforeEach
	@AfterEach
	void forgetTheLoopbackAddressesFailures() {
		this.failures.clear("address:127.0.0.1");
	}

	@Test
	void aClientThatClaimsANewAddressOnEveryAttemptStillMeetsThePerAddressLimit() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = csrfToken(http);
		for (int attempt = 1; attempt <= 50; attempt++) {
			HttpResponse<String> failed = signIn(http, token, "198.51.100." + attempt);
			assertThat(failed.headers().firstValue("Location").orElse("")).as("attempt " + attempt)
				.endsWith("/login?error");
			assertThat(failed.headers().firstValue("Location")).as("attempt " + attempt)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		}
		HttpResponse<String> paused = signIn(http, token, "203.0.113.77");
		assertThat(paused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?paused"));
	}

	@Test
	void aClaimOfHttpsDoesNotMakeTheCookieSecure() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "198.51.100.20")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContain("Secure"));
	}

	private HttpResponse<String> signIn(HttpClient http, String token, String claimedAddress) throws Exception {
		// A different account each time, so that only the per-address count can pause
		// sign-in.
		String form = "username=" + enc("nobody-" + UUID.randomUUID() + "@example.org") + "&password=" + enc("a guess")
				+ "&_csrf=" + enc(token);
		return http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", claimedAddress)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String csrfToken(HttpClient http) throws Exception {
		String page = http
			.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
