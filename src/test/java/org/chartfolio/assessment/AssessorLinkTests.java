package org.chartfolio.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.archive.ArchiveService;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.TestFiles;
import org.chartfolio.system.Tokens;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class AssessorLinkTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private WritingService writing;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private ArchiveService archive;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private org.chartfolio.pksb.PksbService pksb;

	@Autowired
	private MutableClock clock;

	private record Scene(SignedInUser candidate, long live, long copy) {
	}

	private Scene scene() {
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		long statement = p.section(0).id();
		byte[] notes = "Minutes of the reading group, 4 March".getBytes(StandardCharsets.UTF_8);
		this.evidence.add(p.candidate(), p.id(), evidence("Reading group minutes").kind(EvidenceKind.MINUTES).build(),
				List.of(new EvidenceService.IncomingFile("minutes.txt", notes.length, new ByteArrayResource(notes))));
		this.evidence.add(p.candidate(), p.id(),
				evidence("First Aid certificate").kind(EvidenceKind.CERTIFICATE).build(),
				List.of(new EvidenceService.IncomingFile("certificate.pdf", TestFiles.PDF.length,
						new ByteArrayResource(TestFiles.PDF))));
		this.writing.save(p.candidate(), p.id(), statement,
				"I chaired the reading group [E1].\n\nI trained in first aid [E2].", 0, false);
		long rating = this.pksb.choose(p.candidate(), p.id(),
				this.pksb.assessment(p.candidate(), p.id()).choices().get(0).key());
		this.pksb.rate(p.candidate(), p.id(), rating,
				new org.chartfolio.pksb.PksbService.RatingEdit(1, 2, "The reading group", 0));
		this.pksb.reflect(p.candidate(), p.id(),
				this.pksb.assessment(p.candidate(), p.id()).reflections().get(0).areaId(),
				new org.chartfolio.pksb.PksbService.ReflectionEdit("From 1 to 2: chairing the reading group.", -1));
		long copy = this.archive.freeze(p.candidate(), p.id());
		return new Scene(p.candidate(), p.id(), copy);
	}

	private String link(Scene scene, String name, int days) throws Exception {
		MvcResult made = this.mvc
			.perform(post("/portfolios/" + scene.copy() + "/assessors").with(user(scene.candidate()))
				.with(csrf())
				.param("name", name)
				.param("days", String.valueOf(days)))
			.andReturn();
		assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/portfolios/" + scene.copy() + "/assessors");
		String url = (String) made.getFlashMap().get("createdLink");
		return url.substring(url.indexOf("/assessors/"));
	}

	@Test
	void aSignedOutReaderOpensTheWebEditionOfTheCopyAndEveryOpeningIsLogged() throws Exception {
		Scene scene = scene();
		String link = link(scene, "First assessor", 30);
		String token = link.substring("/assessors/".length());

		assertThat(this.jdbc.sql("select token_hash from assessor_link where portfolio_id = ?")
			.param(scene.copy())
			.query(String.class)
			.single()).isEqualTo(Tokens.hash(token)).doesNotContain(token);

		MvcResult opened = this.mvc.perform(get(link)).andReturn();
		MockHttpServletResponse page = opened.getResponse();
		assertThat(page.getHeaders("Set-Cookie")).as("cookies set").noneMatch((cookie) -> cookie.contains("SESSION"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.getHeader("X-Robots-Tag")).contains("noindex");
		String html = page.getContentAsString();
		assertThat(html).contains("I chaired the reading group")
			.contains("href=\"#evidence-1\"")
			.contains("id=\"evidence-1\"")
			.contains("Minutes of the reading group, 4 March")
			.contains("Open certificate.pdf in the browser")
			.contains("End reflections")
			.contains("From 1 to 2: chairing the reading group.")
			.doesNotContain("/portfolios/" + scene.copy())
			.doesNotContain("/portfolios/" + scene.live());
		this.mvc.perform(get(link));

		String pdfLink = html.replaceAll("(?s).*href=\"(/assessors/[^\"]+/files/\\d+)\"[^>]*>Open certificate.pdf.*",
				"$1");
		MockHttpServletResponse pdf = this.mvc.perform(get(pdfLink)).andReturn().getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline");
		assertThat(pdf.getHeader("Content-Security-Policy")).startsWith("sandbox");
		assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(pdf.getContentAsByteArray()).isEqualTo(TestFiles.PDF);

		String linksPage = this.mvc
			.perform(get("/portfolios/" + scene.copy() + "/assessors").with(user(scene.candidate())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(linksPage).contains("First assessor").contains("Opened 2 times");

		// The link reaches the copy and nothing else: the live portfolio needs signing
		// in, and so does the copy.
		assertThat(this.mvc.perform(get("/portfolios/" + scene.live())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login");
		assertThat(this.mvc.perform(get("/portfolios/" + scene.copy())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login");
	}

	@Test
	void aLinkStopsWorkingWhenRevokedOrExpiredAndAnUnknownTokenLooksTheSame() throws Exception {
		Scene scene = scene();
		String revoked = link(scene, "Revoked", 30);
		String expiring = link(scene, "Short", 1);
		assertThat(this.mvc.perform(get(revoked)).andReturn().getResponse().getStatus()).isEqualTo(200);

		long revokedId = this.jdbc.sql("select id from assessor_link where portfolio_id = ? and name = 'Revoked'")
			.param(scene.copy())
			.query(Long.class)
			.single();
		this.mvc.perform(post("/portfolios/" + scene.copy() + "/assessors/" + revokedId + "/revoke")
			.with(user(scene.candidate()))
			.with(csrf()));
		MockHttpServletResponse gone = this.mvc.perform(get(revoked)).andReturn().getResponse();
		assertThat(gone.getStatus()).isEqualTo(404);
		assertThat(gone.getContentAsString()).contains("This link does not work");
		assertThat(this.mvc.perform(get(expiring)).andReturn().getResponse().getStatus()).isEqualTo(200);

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		MockHttpServletResponse expired = this.mvc.perform(get(expiring)).andReturn().getResponse();
		assertThat(expired.getStatus()).isEqualTo(404);
		assertThat(expired.getContentAsString()).contains("This link does not work");
		assertThat(this.mvc.perform(get("/assessors/not-a-token")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void linksAreMadeOnlyFromACopyByItsCandidateForOneTo90Days() throws Exception {
		Scene scene = scene();
		String tooLong = this.mvc
			.perform(post("/portfolios/" + scene.copy() + "/assessors").with(user(scene.candidate()))
				.with(csrf())
				.param("name", "Second assessor")
				.param("days", "91"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("Enter a number of days from 1 to 90.").contains("value=\"Second assessor\"");
		String notANumber = this.mvc
			.perform(post("/portfolios/" + scene.copy() + "/assessors").with(user(scene.candidate()))
				.with(csrf())
				.param("name", "")
				.param("days", "soon"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(notANumber).contains("Enter who the link is for.").contains("Enter a number of days from 1 to 90.");
		assertThat(this.jdbc.sql("select count(*) from assessor_link where portfolio_id = ?")
			.param(scene.copy())
			.query(Long.class)
			.single()).isZero();

		assertThat(this.mvc
			.perform(post("/portfolios/" + scene.live() + "/assessors").with(user(scene.candidate()))
				.with(csrf())
				.param("name", "Live")
				.param("days", "5"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		SignedInUser stranger = this.fixtures.person("Stranger");
		assertThat(this.mvc.perform(get("/portfolios/" + scene.copy() + "/assessors").with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
