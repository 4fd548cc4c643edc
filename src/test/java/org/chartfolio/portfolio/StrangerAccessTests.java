package org.chartfolio.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdService;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.Endpoints;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every URL of a portfolio, found from the application's own request mappings so that a
 * new page is covered the day it is added, answers 404 to a signed-in stranger and sends
 * a signed-out visitor to sign in.
 */
@IntegrationTest
class StrangerAccessTests {

	private static final Pattern WRITE_FORM = Pattern.compile("/(new|edit|delete|capture|clear)(/|$)");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Endpoints endpoints;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private CpdService cpd;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private java.time.Clock clock;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private ReviewService review;

	@Autowired
	private org.chartfolio.pksb.PksbService pksb;

	/**
	 * A portfolio holding one of everything, a mentor and a line manager, and ids for
	 * every URL variable.
	 */
	private record Scene(SignedInUser candidate, SignedInUser mentor, SignedInUser manager, Map<String, Object> ids) {
	}

	private Scene scene() {
		SignedInUser mentor = this.scene.person("Mentor");
		SignedInUser manager = this.scene.person("Manager");
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		byte[] note = "Minutes of the committee".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		EvidenceSummary item = this.scene.evidence(p, evidence("Minutes").kind(EvidenceKind.MINUTES), "minutes.txt",
				note);
		long fileId = this.jdbc.sql("select id from evidence_file where evidence_id = ?")
			.param(item.id())
			.query(Long.class)
			.single();
		long activityId = this.cpd.add(p.candidate(), p.id(), new CpdService.ActivityEdit(
				java.time.LocalDate.now(this.clock), "Webinar", java.math.BigDecimal.ONE, "", null));
		long goalId = this.scene.goal(p, goal("First Aid"));
		this.scene.join(p, mentor, PortfolioRole.MENTOR);
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);
		long membershipId = this.memberships.members(p.candidate(), p.id()).get(0).id();
		long invitationId = this.jdbc
			.sql("""
					insert into invitation (portfolio_id, invited_by, inviter_name, portfolio_title, email, role, token_hash,
					  created_at, expires_at, state)
					values (?, ?, 'Candidate', 'Title', 'x@example.org', 'MENTOR', md5(random()::text), now(), now() + interval '14 days', 'OPEN')
					returning id""")
			.params(p.id(), p.candidate().id())
			.query(Long.class)
			.single();
		Map<String, Object> ids = new java.util.HashMap<>(Map.of("portfolioId", p.id(), "id", p.id(), "sectionId",
				p.section(0).id(), "number", item.number(), "goalId", goalId, "fileId", fileId, "activityId",
				activityId, "evidenceId", item.id(), "membershipId", membershipId));
		ids.put("invitationId", invitationId);
		ids.put("linkId",
				this.jdbc.sql("""
						insert into assessor_link (portfolio_id, name, token_hash, created_at, expires_at)
						values (?, 'Assessor', md5(random()::text), now(), now() + interval '30 days') returning id""")
					.param(p.id())
					.query(Long.class)
					.single());
		ids.put("threadId", this.review.comment(p.candidate(), p.id(), p.section(0).id(),
				"Is this paragraph evaluative enough?", null));
		long meetingId = this.jdbc.sql("""
				insert into meeting (portfolio_id, held_on, mode, notes, recorded_by_name, created_at, updated_at)
				values (?, current_date, 'VIDEO', 'Notes', 'Candidate', now(), now()) returning id""")
			.param(p.id())
			.query(Long.class)
			.single();
		ids.put("meetingId", meetingId);
		ids.put("actionId",
				this.jdbc
					.sql("insert into meeting_action (meeting_id, position, text) values (?, 1, 'Act') returning id")
					.param(meetingId)
					.query(Long.class)
					.single());
		String pksbChoice = this.pksb.assessment(p.candidate(), p.id()).choices().get(0).key();
		ids.put("ratingId", this.pksb.choose(p.candidate(), p.id(), pksbChoice));
		ids.put("areaId", this.pksb.assessment(p.candidate(), p.id()).reflections().get(0).areaId());
		ids.put("kind", "INITIAL");
		ids.put("jobId", java.util.UUID.randomUUID().toString());
		this.signOffs.save(mentor, p.id(), "A completion statement", null, null);
		ids.put("documentId",
				this.jdbc.sql("select id from signoff_document where portfolio_id = ?")
					.param(p.id())
					.query(Long.class)
					.single());
		// A Leap2A upload waiting for its preview: the candidate's own, for this
		// portfolio.
		java.util.UUID uploadId = java.util.UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into leap2a_upload (id, portfolio_id, owner_id, file_name, size_bytes, content, created_at, expires_at)
					values (?, ?, ?, 'leap2a.xml', 5, convert_to('<feed', 'UTF8'), now(), now() + interval '1 hour')""")
			.params(uploadId, p.id(), p.candidate().id())
			.update();
		ids.put("uploadId", uploadId.toString());
		return new Scene(p.candidate(), mentor, manager, ids);
	}

	@Test
	void everyPortfolioUrlIsNotFoundForAStrangerAndNeedsSignInForAVisitor() throws Exception {
		SignedInUser stranger = this.scene.person("Stranger");
		Map<String, Object> ids = scene().ids();

		List<String> checked = new ArrayList<>();
		for (Map.Entry<String, HttpMethod> endpoint : portfolioEndpoints().entrySet()) {
			String url = Endpoints.expand(Endpoints.pattern(endpoint.getKey()), ids);
			HttpMethod method = endpoint.getValue();
			int strangerStatus = this.mvc.perform(request(method, url).with(user(stranger)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(strangerStatus).as(method + " " + url + " for a stranger").isEqualTo(404);
			String location = this.mvc.perform(request(method, url).with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(location).as(method + " " + url + " for a signed-out visitor").isEqualTo("/login");
			checked.add(method + " " + url);
		}
		assertThat(checked).as("portfolio URLs checked").hasSizeGreaterThanOrEqualTo(28);
	}

	@Autowired
	private org.chartfolio.signoff.SignOffService signOffs;

	@Autowired
	private org.chartfolio.signoff.SignOffReading signOffReading;

	@Autowired
	private org.chartfolio.support.MutableClock mutableClock;

	/**
	 * A supporter's link opens its own page for anybody, signed in or not, and nothing
	 * else: no portfolio page. Withdrawn, expired or used, it opens nothing (404), for
	 * reading or posting.
	 */
	@Test
	void aSupporterLinkOpensOnlyItsOwnPageAndNothingOnceWithdrawnExpiredOrUsed() throws Exception {
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Fellow").portfolio("fellowship");

		var first = this.signOffs.invite(p.candidate(), p.id(), "Sam Supporter", null);
		String live = first.token();
		assertThat(supporterStatus(HttpMethod.GET, live, null)).isEqualTo(200);
		assertThat(this.mvc.perform(request(HttpMethod.GET, "/support/" + live).with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc
			.perform(request(HttpMethod.POST, "/support/" + live).param("name", "Sam")
				.param("role", "Head")
				.param("text", "Letter"))
			.andReturn()
			.getResponse()
			.getStatus()).as("a post without the CSRF token").isEqualTo(403);
		long sectionId = p.section(0).id();
		for (String path : List.of("", "/signoffs", "/evidence", "/sections/" + sectionId)) {
			assertThat(this.mvc.perform(request(HttpMethod.GET, "/portfolios/" + p.id() + path))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).as("the live link's visitor at " + path).isEqualTo("/login");
			assertThat(this.mvc.perform(request(HttpMethod.GET, "/portfolios/" + p.id() + path).with(user(stranger)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}

		this.signOffs.withdraw(p.candidate(), p.id(), first.invitationId());
		assertThat(supporterStatus(HttpMethod.GET, live, null)).as("withdrawn").isEqualTo(404);
		assertThat(supporterStatus(HttpMethod.POST, live, "Sam")).as("withdrawn").isEqualTo(404);

		String expiring = this.signOffs.invite(p.candidate(), p.id(), "Second Supporter", null).token();
		this.mutableClock.advance(java.time.Duration.ofDays(15));
		assertThat(supporterStatus(HttpMethod.GET, expiring, null)).as("expired").isEqualTo(404);
		assertThat(supporterStatus(HttpMethod.POST, expiring, "Second")).as("expired").isEqualTo(404);

		// Still fifteen days on, so the second link stays expired: the candidate invites
		// somebody else.
		String used = this.signOffs.invite(p.candidate(), p.id(), "Third Supporter", null).token();
		assertThat(supporterStatus(HttpMethod.POST, used, "Third")).as("the letter goes in").isEqualTo(302);
		assertThat(supporterStatus(HttpMethod.GET, used, null)).as("used").isEqualTo(404);
		assertThat(supporterStatus(HttpMethod.POST, used, "Mallory")).as("used").isEqualTo(404);
		assertThat(supporterStatus(HttpMethod.GET, "unknown-token", null)).isEqualTo(404);
		assertThat(this.signOffReading.page(p.candidate(), p.id()).supporterLetter().authorName()).isEqualTo("Third");
	}

	/**
	 * A signed-out visitor's answer at a supporter's link: the page, or (with a name) the
	 * letter posted.
	 */
	private int supporterStatus(HttpMethod method, String token, String name) throws Exception {
		var request = request(method, "/support/" + token);
		if (name != null) {
			request = request.param("name", name)
				.param("role", "Head of Libraries")
				.param("text", "I support this.")
				.with(csrf());
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void aMentorReadsEveryPageButThePeoplePageAndEveryChangeIsNotFound() throws Exception {
		Scene scene = scene();
		List<String> read = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, HttpMethod> endpoint : portfolioEndpoints().entrySet()) {
			String pattern = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
			String url = Endpoints.expand(pattern, scene.ids());
			HttpMethod method = endpoint.getValue();
			int status = this.mvc.perform(request(method, url).with(user(scene.mentor())).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			// A mentor reads what the candidate reads; the forms that change things, the
			// people page and the
			// portfolio's bin are the candidate's own, and so are the data export and
			// submitted copies ("Your
			// data"), and so is importing evidence from another ePortfolio. The meeting
			// log is kept by both, forms included.
			boolean meetingLog = pattern.startsWith("/portfolios/{portfolioId}/meetings");
			boolean candidateOnly = pattern.contains("/people") || pattern.endsWith("{portfolioId}/bin")
					|| pattern.startsWith("/portfolios/{portfolioId}/archive")
					|| pattern.startsWith("/portfolios/{portfolioId}/assessors")
					|| pattern.startsWith("/portfolios/{portfolioId}/outcome")
					|| pattern.startsWith("/portfolios/{portfolioId}/changes")
					|| pattern.startsWith("/portfolios/{portfolioId}/evidence/import")
					|| (WRITE_FORM.matcher(pattern).find() && !meetingLog);
			int expected = 404;
			if (method == HttpMethod.GET && !candidateOnly) {
				expected = this.mvc.perform(request(method, url).with(user(scene.candidate())))
					.andReturn()
					.getResponse()
					.getStatus();
			}
			if (meetingLog && method != HttpMethod.GET && !mentorPosts().contains(endpoint.getKey())) {
				wrong.add(method + " " + url + " is a change to the meeting log that is closed to the mentor");
			}
			if (mentorPosts().contains(endpoint.getKey())) {
				// Commenting, deciding a review, keeping the meeting log: the mentor's
				// own changes.
				if (status == 404 || status == 403) {
					wrong.add(method + " " + url + " answered " + status + " to the mentor it is open to");
				}
				continue;
			}
			if (status != expected) {
				wrong.add(method + " " + url + " answered " + status + ", expected " + expected);
			}
			else if (expected == 200) {
				read.add(url);
			}
		}
		assertThat(wrong).as("answers to a mentor").isEmpty();
		assertThat(read).as("pages a mentor reads").hasSizeGreaterThanOrEqualTo(9);
	}

	@Autowired
	private org.chartfolio.archive.ArchiveService archive;

	/**
	 * Every address an assessor link opens, found from the request mappings, answers 404
	 * for a link that was revoked, one that expired and a token nobody made, signed in or
	 * not; the same link works while it is live.
	 */
	@Test
	void everyAssessorLinkUrlIsNotFoundOnceTheLinkIsRevokedOrExpiredAndForAnUnknownToken() throws Exception {
		Scene scene = scene();
		long copy = this.archive.freeze(scene.candidate(), (long) scene.ids().get("portfolioId"));
		long evidenceId = this.jdbc.sql("select id from evidence_item where portfolio_id = ?")
			.param(copy)
			.query(Long.class)
			.single();
		long fileId = this.jdbc.sql("select id from evidence_file where evidence_id = ?")
			.param(evidenceId)
			.query(Long.class)
			.single();
		String revoked = token(copy, "now() + interval '30 days'");
		String expired = token(copy, "now() - interval '1 minute'");
		Map<String, Object> ids = new java.util.HashMap<>(
				Map.of("evidenceId", evidenceId, "fileId", fileId, "jobId", java.util.UUID.randomUUID().toString()));

		ids.put("token", revoked);
		assertThat(this.mvc.perform(request(HttpMethod.GET, Endpoints.expand("/assessors/{token}", ids)))
			.andReturn()
			.getResponse()
			.getStatus()).as("a live link").isEqualTo(200);
		assertThat(this.mvc
			.perform(request(HttpMethod.GET,
					Endpoints.expand("/assessors/{token}/evidence/{evidenceId}/files/{fileId}", ids)))
			.andReturn()
			.getResponse()
			.getStatus()).as("a live link's file").isEqualTo(200);
		this.jdbc.sql("update assessor_link set revoked_at = now() where token_hash = ?")
			.param(sha256(revoked))
			.update();

		SignedInUser stranger = this.scene.person("Stranger");
		List<String> checked = new ArrayList<>();
		for (String token : List.of(revoked, expired, "never-made-" + java.util.UUID.randomUUID())) {
			ids.put("token", token);
			for (Map.Entry<String, HttpMethod> endpoint : endpointsUnder("/assessors/{").entrySet()) {
				String url = Endpoints.expand(Endpoints.pattern(endpoint.getKey()), ids);
				for (boolean signedIn : List.of(false, true)) {
					var call = request(endpoint.getValue(), url).with(csrf());
					int status = this.mvc.perform(signedIn ? call.with(user(stranger)) : call)
						.andReturn()
						.getResponse()
						.getStatus();
					assertThat(status).as(endpoint.getValue() + " " + url + (signedIn ? " signed in" : " signed out"))
						.isEqualTo(404);
				}
				checked.add(endpoint.getKey());
			}
		}
		assertThat(checked).as("assessor link URLs checked").hasSizeGreaterThanOrEqualTo(15);
	}

	private String token(long copyId, String expiresAt) throws Exception {
		String token = java.util.UUID.randomUUID().toString();
		this.jdbc.sql(
				"insert into assessor_link (portfolio_id, name, token_hash, created_at, expires_at) values (?, 'A', ?, now(), "
						+ expiresAt + ")")
			.params(copyId, sha256(token))
			.update();
		return token;
	}

	private static String sha256(String token) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	/** Every mapped method and path under this prefix, keyed "METHOD path". */
	private Map<String, HttpMethod> endpointsUnder(String prefix) {
		return this.endpoints.where((pattern) -> pattern.startsWith(prefix), Set.of(RequestMethod.GET));
	}

	@Autowired
	private SectionSharing sharing;

	@Test
	void aLineManagerSeesTheProgressPageAndReadsOnlyASectionSharedWithThem() throws Exception {
		Scene scene = scene();
		long portfolioId = (long) scene.ids().get("portfolioId");
		long sectionId = (long) scene.ids().get("sectionId");

		assertThat(lineManagerAnswers(scene)).as("answers to a line manager while nothing is shared")
			.containsOnly(Map.entry("GET /portfolios/{portfolioId}/progress", 200))
			.hasSize(1);

		this.sharing.setShared(scene.candidate(), portfolioId, sectionId, true);
		assertThat(lineManagerAnswers(scene)).as("answers to a line manager once the section is shared")
			.containsOnly(Map.entry("GET /portfolios/{portfolioId}/progress", 200),
					Map.entry("GET /portfolios/{portfolioId}/progress/sections/{sectionId}", 200))
			.hasSize(2);
	}

	/**
	 * The endpoints that do not answer 404 to the scene's line manager, with what they
	 * answer.
	 */
	private Map<String, Integer> lineManagerAnswers(Scene scene) throws Exception {
		Map<String, Integer> open = new TreeMap<>();
		for (Map.Entry<String, HttpMethod> endpoint : portfolioEndpoints().entrySet()) {
			String url = Endpoints.expand(Endpoints.pattern(endpoint.getKey()), scene.ids());
			HttpMethod method = endpoint.getValue();
			int status = this.mvc.perform(request(method, url).with(user(scene.manager())).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status != 404) {
				open.put(endpoint.getKey(), status);
			}
		}
		return open;
	}

	/** Every mapped method and path under /portfolios/{...}, keyed "METHOD path". */
	private Map<String, HttpMethod> portfolioEndpoints() {
		return endpointsUnder("/portfolios/{");
	}

	/**
	 * The requests other than reads that are open to the mentor (their handlers need a
	 * permission the mentor holds: {@link Permission#CHANGE}, or {@link Permission#READ}
	 * for an export), keyed "METHOD path" like {@link #portfolioEndpoints()}.
	 */
	private Set<String> mentorPosts() {
		Set<String> open = new java.util.HashSet<>();
		this.endpoints.handlers().forEach((info, handler) -> {
			Requires requires = PortfolioRequests.required(handler);
			if (requires != null && requires.value().allows(PortfolioRole.MENTOR)
					&& !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						open.add(method + " " + pattern);
					}
				}
			}
		});
		return open;
	}

}
