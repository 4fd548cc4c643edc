package org.chartfolio.account;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.ServerTest;
import org.chartfolio.support.StatementLog;
import org.chartfolio.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions as the real server keeps them in PostgreSQL, and what keeping them costs a
 * request.
 */
@ServerTest
class SessionStorageTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void aSignedInSessionIsARowNamedByTheEmailAddressThatListsThePersonsSessions() {
		SignedInUser person = this.fixtures.person("Sasha Session");
		WebClient browser = new WebClient(this.port);
		HttpResponse<String> signedIn = browser.signIn(person.email(), Fixtures.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith(":" + this.port + "/"));

		String id = sessionId(browser);
		assertThat(this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(person.email());
		assertThat(this.sessions.findByPrincipalName(person.email())).containsOnlyKeys(id);

		this.sessions.deleteById(id);
		assertThat(browser.get("/").headers().firstValue("Location")).as("an ended session signs its browser out")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void lookingAtTheSignInAndRegistrationPagesMakesNoSession() {
		long before = this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		for (String page : List.of("/login", "/register", "/password/forgot", "/login", "/register")) {
			WebClient stranger = new WebClient(this.port);
			HttpResponse<String> answer = stranger.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			if (!page.startsWith("/password")) {
				assertThat(answer.body()).as("the form still carries a CSRF token").contains("name=\"_csrf\"");
			}
			assertThat(stranger.sessionCookie()).as("no session cookie for a stranger looking at " + page).isNull();
		}
		assertThat(this.jdbc.sql("select count(*) from spring_session").query(Long.class).single())
			.as("strangers who only look leave no rows behind")
			.isEqualTo(before);
	}

	@Test
	void aPageViewReadsTheSessionOnceAndWritesNothingWhileTheLastAccessIsUnderAMinuteOld() {
		SignedInUser person = this.fixtures.person("Pat Pageview");
		WebClient browser = new WebClient(this.port);
		browser.signIn(person.email(), Fixtures.PASSWORD);
		// The first page after signing in stores the session's new CSRF token (signing in
		// replaces it).
		browser.get("/");
		String id = sessionId(browser);
		long stored = lastAccess(id);

		StatementLog.clear();
		for (int i = 0; i < 3; i++) {
			assertThat(browser.get("/").statusCode()).isEqualTo(200);
		}
		List<StatementLog.Statement> onSessions = StatementLog.fromRequests((s) -> s.on("spring_session"));
		assertThat(onSessions).as("one indexed read per request, no write").hasSize(3).allSatisfy((statement) -> {
			assertThat(statement.sql()).startsWithIgnoringCase("select").containsIgnoringCase("where s.session_id = ?");
		});
		assertThat(lastAccess(id)).isEqualTo(stored);
	}

	@Test
	void aLastAccessAMinuteOldIsWrittenAgainSoAnActiveSessionDoesNotTimeOut() {
		SignedInUser person = this.fixtures.person("Tam Touch");
		WebClient browser = new WebClient(this.port);
		browser.signIn(person.email(), Fixtures.PASSWORD);
		String id = sessionId(browser);
		long twoMinutesAgo = System.currentTimeMillis() - 120_000;
		this.jdbc
			.sql("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
					+ "where session_id = ?")
			.params(twoMinutesAgo, twoMinutesAgo, id)
			.update();

		StatementLog.clear();
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		assertThat(
				StatementLog.fromRequests((s) -> s.on("spring_session") && s.sql().toLowerCase().startsWith("update")))
			.hasSize(1);
		assertThat(lastAccess(id)).isGreaterThan(twoMinutesAgo + 60_000);
		Map<String, Object> row = this.jdbc
			.sql("select expiry_time - last_access_time as left_ms, max_inactive_interval "
					+ "from spring_session where session_id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(((Number) row.get("left_ms")).longValue())
			.isEqualTo(((Number) row.get("max_inactive_interval")).longValue() * 1000);
	}

	@Test
	void signingInGivesANewSessionAndSigningOutDeletesIt() {
		SignedInUser person = this.fixtures.person("Fix Ation");
		WebClient browser = new WebClient(this.port);
		// A session made before signing in (here by a visit to a page that needs one) is
		// not kept.
		browser.get("/account");
		String before = sessionId(browser);
		assertThat(before).isNotNull();
		browser.signIn(person.email(), Fixtures.PASSWORD);
		String after = sessionId(browser);
		assertThat(after).isNotEqualTo(before);
		assertThat(rows(before)).as("the session from before signing in is not kept under its old id").isZero();

		assertThat(browser.post("/", "/logout", Map.of()).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?signedOut"));
		assertThat(rows(after)).isZero();
	}

	@Test
	void aFlashMessageIsWrittenToTheSessionAndReadBackOnTheNextPage() {
		SignedInUser person = this.fixtures.person("Flo Flash");
		WebClient browser = new WebClient(this.port);
		browser.signIn(person.email(), Fixtures.PASSWORD);
		HttpResponse<String> renamed = browser.post("/account", "/account/name", Map.of("name", "Flo Renamed"));
		assertThat(renamed.statusCode()).isEqualTo(302);
		assertThat(browser.get(renamed.headers().firstValue("Location").orElseThrow()).body()).contains("Flo Renamed");
	}

	private long rows(String id) {
		return this.jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	/** The session's id: the cookie holds it in Base64. */
	private static String sessionId(WebClient browser) {
		return new String(Base64.getDecoder().decode(browser.sessionCookie()));
	}

}
