package org.chartfolio.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie and the CSRF token's cookie as the real server sends them, directly
 * and behind a TLS-terminating proxy the operator named (here the test itself, on the
 * loopback address). The session cookie comes with signing in; a visitor who only looks
 * at the sign-in page gets the CSRF cookie alone.
 */
@ServerTest
@TestPropertySource(properties = "chartfolio.trusted-proxies=127.0.0.1")
class SessionCookieTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private Fixtures fixtures;

	@Test
	void isHttpOnlyAndSameSiteLax() throws Exception {
		Cookies cookies = signIn(false);
		assertThat(cookies.session()).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(cookies.csrf()).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void isSecureWhenAProxyReportsHttps() throws Exception {
		Cookies cookies = signIn(true);
		assertThat(cookies.session()).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(cookies.csrf()).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
	}

	private record Cookies(String csrf, String session) {
	}

	private Cookies signIn(boolean behindHttpsProxy) throws Exception {
		SignedInUser person = this.fixtures.person("Coo Kie");
		// The cookie is sent back by hand: a Secure cookie would not go back over the
		// test's plain HTTP,
		// as it does from a browser to the TLS-terminating proxy.
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> page = http.send(request("/login", behindHttpsProxy).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(setCookie(page, "JSESSIONID=")).as("looking at the sign-in page makes no session").isNull();
		String csrf = setCookie(page, "XSRF-TOKEN=");
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
		String form = "username=" + enc(person.email()) + "&password=" + enc(Fixtures.PASSWORD) + "&_csrf="
				+ enc(token.group(1));
		HttpResponse<String> signedIn = http
			.send(request("/login", behindHttpsProxy).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", csrf.substring(0, csrf.indexOf(';')))
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return new Cookies(csrf, setCookie(signedIn, "JSESSIONID="));
	}

	private HttpRequest.Builder request(String path, boolean behindHttpsProxy) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (behindHttpsProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.20");
		}
		return request;
	}

	private static String setCookie(HttpResponse<String> response, String prefix) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(prefix))
			.findFirst()
			.orElse(null);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
