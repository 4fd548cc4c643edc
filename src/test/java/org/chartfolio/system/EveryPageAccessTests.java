package org.chartfolio.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Endpoints;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every URL outside a portfolio (StrangerAccessTests covers /portfolios/{...}), found
 * from the request mappings: a signed-out visitor is sent to sign in unless the page is
 * one of the few public ones, and somebody else's notification, mentor request or the
 * administrator's pages are not found. A URL this test has no rule for fails it, so that
 * each new page gets a stated rule.
 */
@IntegrationTest
class EveryPageAccessTests {

	/** What a signed-out visitor gets. */
	private enum SignedOut {

		/** Open to anybody: signing in and registering, and the error page. */
		PUBLIC,

		/** Sent to /login. */
		SIGN_IN

	}

	/**
	 * The rule for one endpoint: what a signed-out visitor gets, and the status a
	 * signed-in stranger gets when the URL carries the ids of other people's things (or,
	 * where it carries none, their own page or form).
	 */
	private record Rule(SignedOut signedOut, int stranger) {
	}

	private static final Rule OWN_PAGE = new Rule(SignedOut.SIGN_IN, 200);

	private static final Rule OWN_CHANGE = new Rule(SignedOut.SIGN_IN, 302);

	private static final Rule SOMEONE_ELSES = new Rule(SignedOut.SIGN_IN, 404);

	/** Keyed "METHOD pattern" as the mappings spell it. */
	private static final Map<String, Rule> RULES = Map.ofEntries(
			// Public: signing in, registering, and the error page. Whoever is signed in
			// already is sent home.
			Map.entry("GET /login", new Rule(SignedOut.PUBLIC, 302)),
			Map.entry("GET /register", new Rule(SignedOut.PUBLIC, 302)),
			// A signed-in person posting an empty registration sees the form again, with
			// its messages.
			Map.entry("POST /register", new Rule(SignedOut.PUBLIC, 200)),
			// A forgotten password: asking for a link and following it, signed in or not.
			Map.entry("GET /password/forgot", new Rule(SignedOut.PUBLIC, 200)),
			Map.entry("POST /password/forgot", new Rule(SignedOut.PUBLIC, 200)),
			Map.entry("GET /password/forgot/sent", new Rule(SignedOut.PUBLIC, 302)),
			Map.entry("GET /password/reset/{token}", new Rule(SignedOut.PUBLIC, 200)),
			Map.entry("POST /password/reset/{token}", new Rule(SignedOut.PUBLIC, 200)),
			// The privacy notice and the accessibility statement, for anybody.
			Map.entry("GET /privacy", new Rule(SignedOut.PUBLIC, 200)),
			Map.entry("GET /accessibility", new Rule(SignedOut.PUBLIC, 200)),
			Map.entry("GET /error", new Rule(SignedOut.PUBLIC, 500)),
			Map.entry("POST /error", new Rule(SignedOut.PUBLIC, 500)),
			// One's own pages and forms, with nobody else's id in them.
			Map.entry("GET /", OWN_PAGE), Map.entry("GET /account", OWN_PAGE),
			Map.entry("POST /account/name", OWN_PAGE), Map.entry("POST /account/password", OWN_PAGE),
			Map.entry("POST /account/sessions/end-others", OWN_CHANGE), Map.entry("GET /account/delete", OWN_PAGE),
			// Without a mail server the form says it cannot send the link.
			Map.entry("POST /account/email", OWN_PAGE),
			// A confirmation link for a new email works in any browser: the link itself
			// is the proof.
			Map.entry("GET /account/email/confirm/{token}", new Rule(SignedOut.PUBLIC, 200)),
			Map.entry("POST /account/email/confirm/{token}", new Rule(SignedOut.PUBLIC, 200)),
			// Without the password: the page again, with the message.
			Map.entry("POST /account/delete", OWN_PAGE), Map.entry("GET /portfolios/new", OWN_PAGE),
			Map.entry("POST /portfolios", OWN_PAGE), Map.entry("GET /portfolios/import", OWN_PAGE),
			Map.entry("POST /portfolios/import", OWN_PAGE), Map.entry("GET /notifications", OWN_PAGE),
			Map.entry("POST /notifications/read", OWN_CHANGE), Map.entry("GET /mentoring", OWN_PAGE),
			Map.entry("GET /mentors", OWN_PAGE), Map.entry("GET /mentors/listing", OWN_PAGE),
			Map.entry("POST /mentors/listing", OWN_PAGE),
			// Only ever one's own listing; without one, the directory says so.
			Map.entry("POST /mentors/listing/pause", OWN_CHANGE), Map.entry("POST /mentors/listing/resume", OWN_CHANGE),
			Map.entry("POST /mentors/listing/remove", OWN_CHANGE), Map.entry("GET /mentors/requests", OWN_PAGE),
			// The directory is open to everyone signed in: anybody may ask a listed
			// mentor.
			Map.entry("GET /mentors/{listingId:\\d+}/request", OWN_PAGE),
			Map.entry("POST /mentors/{listingId:\\d+}/request", OWN_PAGE),
			// Somebody else's things.
			Map.entry("POST /notifications/{notificationId}/open", SOMEONE_ELSES),
			Map.entry("GET /mentors/requests/{requestId:\\d+}", SOMEONE_ELSES),
			Map.entry("GET /mentors/requests/{requestId:\\d+}/cv/{fileId:\\d+}", SOMEONE_ELSES),
			Map.entry("POST /mentors/requests/{requestId:\\d+}/accept", SOMEONE_ELSES),
			Map.entry("POST /mentors/requests/{requestId:\\d+}/decline", SOMEONE_ELSES),
			Map.entry("POST /mentors/requests/{requestId:\\d+}/withdraw", SOMEONE_ELSES),
			Map.entry("GET /admin/pksb", SOMEONE_ELSES), Map.entry("POST /admin/pksb/import", SOMEONE_ELSES),
			Map.entry("GET /admin/accounts", SOMEONE_ELSES),
			Map.entry("POST /admin/accounts/reset-link", SOMEONE_ELSES),
			Map.entry("POST /admin/accounts/two-factor", SOMEONE_ELSES),
			// Two-factor sign-in on one's own account; the QR code exists only while
			// setting it up.
			Map.entry("GET /account/two-factor", OWN_PAGE),
			Map.entry("GET /account/two-factor/qr.svg", new Rule(SignedOut.SIGN_IN, 404)),
			Map.entry("POST /account/two-factor/enable", OWN_CHANGE),
			Map.entry("GET /account/two-factor/recovery-codes", OWN_CHANGE),
			Map.entry("POST /account/two-factor/recovery-codes", OWN_PAGE),
			Map.entry("POST /account/two-factor/disable", OWN_PAGE),
			// The second step of signing in: without a right password first, back to the
			// first step.
			Map.entry("GET /login/two-factor", new Rule(SignedOut.PUBLIC, 302)),
			Map.entry("POST /login/two-factor", new Rule(SignedOut.PUBLIC, 302)),
			// An invitation link nobody issued: the page says it is not valid.
			Map.entry("GET /invitations/{token}", SOMEONE_ELSES),
			Map.entry("POST /invitations/{token}/accept", SOMEONE_ELSES),
			Map.entry("POST /invitations/{token}/decline", SOMEONE_ELSES),
			// A supporter's link needs no account; one nobody issued opens nothing,
			// signed in or not.
			Map.entry("GET /support/{token}", new Rule(SignedOut.PUBLIC, 404)),
			Map.entry("POST /support/{token}", new Rule(SignedOut.PUBLIC, 404)),
			// Said once after a letter is submitted; without that, home.
			Map.entry("GET /support/submitted", new Rule(SignedOut.PUBLIC, 302)),
			// An assessor link needs no account, signed in or not: one nobody made is not
			// found.
			Map.entry("GET /assessors/{token}", new Rule(SignedOut.PUBLIC, 404)),
			Map.entry("GET /assessors/{token}/evidence/{evidenceId}/files/{fileId}", new Rule(SignedOut.PUBLIC, 404)),
			Map.entry("POST /assessors/{token}/pdf", new Rule(SignedOut.PUBLIC, 404)),
			Map.entry("GET /assessors/{token}/pdf/{jobId}", new Rule(SignedOut.PUBLIC, 404)),
			Map.entry("GET /assessors/{token}/pdf/{jobId}/file", new Rule(SignedOut.PUBLIC, 404)));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Endpoints endpoints;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * A candidate with a mentor, a line manager and a former mentor on one portfolio; a
	 * mentor listed in the directory who has a request (with a CV) from the candidate's
	 * second portfolio, and the notification of it.
	 */
	private record Scene(SignedInUser candidate, SignedInUser mentor, SignedInUser manager, SignedInUser formerMentor,
			SignedInUser listedMentor, long portfolioId, String fileUrl, Map<String, Object> ids) {
	}

	private Scene scene() throws Exception {
		SignedInUser mentor = this.fixtures.person("Mentor");
		SignedInUser manager = this.fixtures.person("Manager");
		SignedInUser formerMentor = this.fixtures.person("Former Mentor");
		SignedInUser listedMentor = this.fixtures.person("Listed Mentor");
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		long sectionId = p.section(0).id();
		this.scene.write(p, sectionId, "I chaired the library committee this spring.");
		byte[] note = "Minutes of the committee".getBytes(StandardCharsets.UTF_8);
		EvidenceSummary minutes = this.scene.evidence(p, evidence("Committee minutes").kind(EvidenceKind.MINUTES),
				"minutes.txt", note);
		long minutesFile = fileOf(minutes.id());

		this.scene.join(p, formerMentor, PortfolioRole.MENTOR);
		this.scene.end(p, formerMentor);
		this.scene.join(p, mentor, PortfolioRole.MENTOR);
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);

		this.mvc
			.perform(post("/mentors/listing").with(user(listedMentor))
				.with(csrf())
				.param("region", "WALES")
				.param("sector", "HEALTH")
				.param("capacity", "2")
				.param("introduction", "I mentor in the evenings."))
			.andReturn();
		long listingId = this.jdbc.sql("select id from mentor_listing where account_id = ?")
			.param(listedMentor.id())
			.query(Long.class)
			.single();
		long secondPortfolio = this.fixtures.portfolio(p.candidate(), "chartership");
		long cv = this.evidence.add(p.candidate(), secondPortfolio, evidence("CV").kind(EvidenceKind.DOCUMENT).build(),
				List.of(new EvidenceService.IncomingFile("cv.pdf", TestFiles.PDF.length,
						new ByteArrayResource(TestFiles.PDF))))
			.id();
		String requestPage = this.mvc
			.perform(post("/mentors/" + listingId + "/request").with(user(p.candidate()))
				.with(csrf())
				.param("portfolioId", String.valueOf(secondPortfolio))
				.param("cvEvidenceId", String.valueOf(cv))
				.param("message", "Would you mentor me?"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(requestPage).as("the candidate's request is sent").startsWith("/mentors/requests/");
		long notificationId = this.jdbc.sql("select id from notification where recipient_id = ? order by id limit 1")
			.param(listedMentor.id())
			.query(Long.class)
			.single();

		Map<String, Object> ids = Map.of("notificationId", notificationId, "requestId",
				Long.parseLong(requestPage.substring("/mentors/requests/".length())), "fileId", fileOf(cv), "listingId",
				listingId, "token", "no-such-invitation-token", "evidenceId", minutes.id(), "jobId",
				java.util.UUID.randomUUID().toString());
		String fileUrl = "/portfolios/" + p.id() + "/evidence/" + minutes.number() + "/files/" + minutesFile;
		return new Scene(p.candidate(), mentor, manager, formerMentor, listedMentor, p.id(), fileUrl, ids);
	}

	@Test
	void everyPageOutsideAPortfolioHasARuleAndASignedOutVisitorIsSentToSignIn() throws Exception {
		Map<String, HttpMethod> endpoints = endpointsOutsidePortfolios();
		List<String> withoutRule = endpoints.keySet()
			.stream()
			.filter((endpoint) -> !RULES.containsKey(endpoint))
			.toList();
		assertThat(withoutRule).as("URLs with no rule in EveryPageAccessTests.RULES (add one saying who may use them)")
			.isEmpty();
		assertThat(RULES.keySet()).as("rules for URLs that no longer exist").isSubsetOf(endpoints.keySet());

		Map<String, Object> ids = scene().ids();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, HttpMethod> endpoint : endpoints.entrySet()) {
			String url = Endpoints.expand(Endpoints.pattern(endpoint.getKey()), ids);
			MockHttpServletResponse response = this.mvc.perform(request(endpoint.getValue(), url).with(csrf()))
				.andReturn()
				.getResponse();
			boolean sentToSignIn = "/login".equals(response.getRedirectedUrl());
			boolean publicPage = RULES.get(endpoint.getKey()).signedOut() == SignedOut.PUBLIC;
			if (publicPage == sentToSignIn) {
				wrong.add(endpoint.getKey() + " (" + url + ") answered " + response.getStatus() + " "
						+ response.getRedirectedUrl() + ", expected " + (publicPage ? "the page itself" : "/login"));
			}
		}
		assertThat(wrong).as("answers to a signed-out visitor").isEmpty();
		assertThat(endpoints).as("URLs outside portfolios").hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void aSignedInStrangerGetsTheirOwnPagesAndNotFoundForEverybodyElsesThings() throws Exception {
		Scene scene = scene();
		SignedInUser stranger = this.fixtures.person("Stranger");
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, HttpMethod> endpoint : endpointsOutsidePortfolios().entrySet()) {
			Rule rule = RULES.get(endpoint.getKey());
			assertThat(rule).as("a rule for " + endpoint.getKey()).isNotNull();
			String url = Endpoints.expand(Endpoints.pattern(endpoint.getKey()), scene.ids());
			int status = this.mvc.perform(request(endpoint.getValue(), url).with(user(stranger)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status != rule.stranger()) {
				wrong.add(endpoint.getKey() + " (" + url + ") answered " + status + ", expected " + rule.stranger());
			}
		}
		assertThat(wrong).as("answers to a signed-in stranger").isEmpty();
	}

	@Test
	void notificationsAndMentorRequestsOpenOnlyToTheirOwnPeople() throws Exception {
		Scene scene = scene();
		Map<String, Object> ids = scene.ids();
		String request = "/mentors/requests/" + ids.get("requestId");
		String cv = request + "/cv/" + ids.get("fileId");
		String notification = "/notifications/" + ids.get("notificationId") + "/open";

		// The candidate sent the request, but the notification of it is the mentor's.
		assertThat(status(post(notification).with(user(scene.candidate())).with(csrf()))).isEqualTo(404);
		// The portfolio's own mentor is not the mentor asked.
		assertThat(status(get(request).with(user(scene.mentor())))).isEqualTo(404);
		assertThat(status(get(cv).with(user(scene.mentor())))).isEqualTo(404);
		assertThat(status(post(request + "/accept").with(user(scene.mentor())).with(csrf()))).isEqualTo(404);
		assertThat(status(post(request + "/withdraw").with(user(scene.listedMentor())).with(csrf())))
			.as("only the candidate withdraws their request")
			.isEqualTo(404);

		assertThat(status(get(request).with(user(scene.candidate())))).isEqualTo(200);
		assertThat(status(get(request).with(user(scene.listedMentor())))).isEqualTo(200);
		assertThat(status(get(cv).with(user(scene.listedMentor())))).isEqualTo(200);
		assertThat(this.mvc.perform(post(notification).with(user(scene.listedMentor())).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(request);
	}

	@Test
	void onlyAnAdministratorReachesThePksbFramework() throws Exception {
		SignedInUser candidate = this.fixtures.person("Candidate");
		assertThat(status(get("/admin/pksb").with(user(candidate)))).isEqualTo(404);
		assertThat(status(post("/admin/pksb/import").with(user(candidate)).with(csrf()))).isEqualTo(404);
		assertThat(status(get("/admin/pksb").with(user(this.fixtures.administrator())))).isEqualTo(200);
	}

	@Test
	void searchIsForWhoeverReadsThePortfolioAndEndsWithAMentorsAccess() throws Exception {
		Scene scene = scene();
		String search = "/portfolios/" + scene.portfolioId() + "/search?q=committee";

		String hits = this.mvc.perform(get(search).with(user(scene.mentor())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hits).contains("Committee minutes").contains("Personal performance");
		assertThat(status(get(search).with(user(scene.manager())))).as("the line manager searches").isEqualTo(404);
		assertThat(status(get(search).with(user(scene.formerMentor())))).as("a former mentor searches").isEqualTo(404);

		assertThat(status(get(scene.fileUrl()).with(user(scene.mentor())))).isEqualTo(200);
		assertThat(status(get(scene.fileUrl()).with(user(scene.formerMentor())))).as("a former mentor downloads a file")
			.isEqualTo(404);
		assertThat(status(get(scene.fileUrl()).with(user(scene.manager())))).as("the line manager downloads a file")
			.isEqualTo(404);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private long fileOf(long evidenceId) {
		return this.jdbc.sql("select id from evidence_file where evidence_id = ?")
			.param(evidenceId)
			.query(Long.class)
			.single();
	}

	/**
	 * Every mapped method and path that is not a portfolio's own (/portfolios/{...}),
	 * keyed "METHOD path".
	 */
	private Map<String, HttpMethod> endpointsOutsidePortfolios() {
		// A mapping for every method (the error page) is checked for the two a browser
		// sends.
		return this.endpoints.where((pattern) -> !pattern.startsWith("/portfolios/{"),
				Set.of(RequestMethod.GET, RequestMethod.POST));
	}

}
