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

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in the real server, each browser a client with its own cookies: the account
 * page lists them, and a new password or "Sign out everywhere else" ends the others.
 */
@ServerTest
class SessionEndingTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

	private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private PasswordResetService resets;

	@Test
	void changingThePasswordSignsEveryOtherBrowserOut() throws Exception {
		String email = register();
		Client laptop = signedIn(email, FIREFOX);
		Client phone = signedIn(email, SAFARI);

		String page = laptop.get("/account").body();
		assertThat(page).contains("Firefox on Windows")
			.contains("Safari on iPhone")
			.contains("Sign out everywhere else");

		HttpResponse<String> changed = laptop.post("/account/password",
				"currentPassword=" + enc(Fixtures.PASSWORD) + "&newPassword=" + enc("lantern orchard ferry"));
		assertSentTo(changed, "/account");

		assertSentTo(phone.get("/account"), "/login");
		HttpResponse<String> stillIn = laptop.get("/account");
		assertThat(stillIn.statusCode()).isEqualTo(200);
		assertThat(stillIn.body()).contains("You are signed in here only.").doesNotContain("Safari on iPhone");
	}

	@Test
	void signOutEverywhereElseKeepsOnlyThisBrowser() throws Exception {
		String email = register();
		Client laptop = signedIn(email, FIREFOX);
		Client phone = signedIn(email, SAFARI);

		phone.post("/account/sessions/end-others", "");

		assertSentTo(laptop.get("/"), "/login");
		assertThat(phone.get("/account").body()).contains("Safari on iPhone")
			.contains("This browser")
			.doesNotContain("Firefox on Windows");
	}

	@Test
	void aNewPasswordFromAResetLinkSignsEveryBrowserOut() throws Exception {
		String email = register();
		Client laptop = signedIn(email, FIREFOX);
		String link = this.resets.linkForCommandLine(email).orElseThrow();

		Client stranger = new Client(SAFARI);
		stranger.token(stranger.get("/login").body());
		HttpResponse<String> reset = stranger.post(link.substring(link.indexOf("/password/reset/")),
				"newPassword=" + enc("lantern orchard ferry"));
		assertSentTo(reset, "/login");

		assertSentTo(laptop.get("/account"), "/login");
	}

	private String register() {
		String email = "sessions-" + UUID.randomUUID() + "@example.org";
		this.accounts.register(new AccountService.Registration("Sam Sessions", email, Fixtures.PASSWORD));
		return email;
	}

	/** A browser of this kind, signed in to this account. */
	private Client signedIn(String email, String userAgent) throws Exception {
		Client client = new Client(userAgent);
		client.signIn(email, Fixtures.PASSWORD);
		return client;
	}

	/** The response sends the browser on to a path ending so. */
	private static void assertSentTo(HttpResponse<String> response, String path) {
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(path));
	}

	private final class Client {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final String userAgent;

		private String token;

		Client(String userAgent) {
			this.userAgent = userAgent;
		}

		void signIn(String email, String password) throws Exception {
			token(get("/login").body());
			HttpResponse<String> signedIn = post("/login", "username=" + enc(email) + "&password=" + enc(password));
			assertSentTo(signedIn, "/");
			token(get("/account").body());
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(uri(path)).header("User-Agent", this.userAgent).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			String body = form + (form.isEmpty() ? "" : "&") + "_csrf=" + enc(this.token);
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("User-Agent", this.userAgent)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private void token(String page) {
			Matcher found = CSRF.matcher(page);
			assertThat(found.find()).as("the page carries a CSRF token").isTrue();
			this.token = found.group(1);
		}

	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
