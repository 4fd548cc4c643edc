package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SubmittedCopyException;
import org.chartfolio.readiness.ReadinessService;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PdfExports;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A submitted copy: exact, dated, read-only everywhere, listed, and exportable; the live
 * portfolio goes on.
 */
@IntegrationTest
class SubmittedCopyTests {

	@Autowired
	private ArchiveService archive;

	@Autowired
	private ArchiveScene scene;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private WritingService writing;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private EvidenceReading reading;

	@Autowired
	private PlanService plan;

	@Autowired
	private ReviewService review;

	@Autowired
	private ReadinessService readiness;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Pages pages;

	@Autowired
	private PdfExports exports;

	private SignedInUser candidate;

	private SignedInUser mentor;

	private long live;

	private long copy;

	private long copySection;

	@BeforeEach
	void freezeACopy() {
		this.candidate = this.scene.person("Ada Candidate");
		this.mentor = this.scene.person("Mo Mentor");
		this.live = this.scene.certification(this.candidate, this.mentor);
		this.copy = this.archive.freeze(this.candidate, this.live);
		this.copySection = this.portfolios.view(this.candidate, this.copy).sections().get(1).id();
	}

	@Test
	void theCopyIsExactlyTheLivePortfolioAsItWasAndMarkedSubmitted() {
		Map<String, byte[]> live = ArchiveScene.unzip(export(this.live));
		Map<String, byte[]> copy = ArchiveScene.unzip(export(this.copy));
		String liveJson = new String(live.remove("portfolio.json")).replaceAll("\"exportedAt\" : \"[^\"]+\"", "");
		String copyJson = new String(copy.remove("portfolio.json")).replaceAll("\"exportedAt\" : \"[^\"]+\"", "");
		assertThat(copyJson).contains("\"submittedAt\" : \"");
		assertThat(copyJson.replaceAll("\"submittedAt\" : \"[^\"]+\"", "\"submittedAt\" : null")).isEqualTo(liveJson);
		assertThat(copy.keySet()).isEqualTo(live.keySet());
		live.forEach((path, bytes) -> assertThat(copy.get(path)).isEqualTo(bytes));
	}

	@Test
	void everyWriteToTheCopyIsRefusedInTheServicesWhileTheLivePortfolioStaysWritable() {
		assertThatThrownBy(() -> this.writing.save(this.candidate, this.copy, this.copySection, "Changed", 0, true))
			.isInstanceOf(SubmittedCopyException.class)
			.hasMessageContaining("is the copy submitted on");
		assertThatThrownBy(() -> this.evidence.add(this.candidate, this.copy, evidence("New").build()))
			.isInstanceOf(SubmittedCopyException.class);
		assertThatThrownBy(() -> this.plan.add(this.candidate, this.copy, goal("Goal").build()))
			.isInstanceOf(SubmittedCopyException.class);
		assertThatThrownBy(() -> this.review.comment(this.candidate, this.copy, this.copySection, "A comment", null))
			.isInstanceOf(SubmittedCopyException.class);
		assertThatThrownBy(() -> this.archive.freeze(this.candidate, this.copy))
			.isInstanceOf(SubmittedCopyException.class);

		long liveSection = this.portfolios.view(this.candidate, this.live).sections().get(1).id();
		long version = this.writing.editor(this.candidate, this.live, liveSection).version();
		assertThat(this.writing.save(this.candidate, this.live, liveSection, "Still writing.", version, false))
			.isInstanceOf(WritingService.Saved.class);
		this.evidence.add(this.candidate, this.live, evidence("Later").build());
		assertThat(this.reading.list(this.candidate, this.live)).hasSize(4);
		assertThat(this.reading.list(this.candidate, this.copy)).hasSize(3);
	}

	@Test
	void theAutosaveAndTheFormsOfTheCopyAnswerWithAPageThatSaysWhy() throws Exception {
		this.mvc
			.perform(post("/portfolios/" + this.copy + "/sections/" + this.copySection + "/autosave").param("body", "x")
				.param("version", "0")
				.with(user(this.candidate))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("it cannot be changed")));
		this.mvc.perform(get("/portfolios/" + this.copy + "/evidence/new").with(user(this.candidate)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This is the copy submitted on")));
		this.mvc
			.perform(post("/portfolios/" + this.copy + "/meetings").param("heldOn", "2026-06-01")
				.param("mode", "VIDEO")
				.with(user(this.candidate))
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void theCopysPagesOfferNoButtonThatWouldChangeItWhileTheLivePortfoliosDo() throws Exception {
		for (long portfolio : List.of(this.live, this.copy)) {
			boolean live = portfolio == this.live;
			String base = "/portfolios/" + portfolio;
			String overview = this.pages.as(this.candidate, base);
			assertThat(overview.contains("id=\"quick-capture\"")).as("quick capture on " + base).isEqualTo(live);
			assertThat(overview.contains("href=\"" + base + "/people\"")).as("people on " + base).isEqualTo(live);
			assertThat(overview).as("the data page, to export the copy").contains("href=\"" + base + "/archive\"");
			assertThat(this.pages.as(this.candidate, base + "/evidence").contains("href=\"" + base + "/evidence/new\""))
				.isEqualTo(live);
			assertThat(this.pages.as(this.candidate, base + "/plan").contains("href=\"" + base + "/plan/new\""))
				.isEqualTo(live);
			long section = this.portfolios.view(this.candidate, portfolio).sections().get(1).id();
			String sectionPage = this.pages.as(this.candidate, base + "/sections/" + section);
			assertThat(sectionPage.contains("href=\"" + base + "/sections/" + section + "/edit\"")).isEqualTo(live);
			String review = this.pages.as(this.candidate, base + "/sections/" + section + "/review");
			assertThat(review.contains("id=\"comment-form-section\"")).as("comment form on " + base).isEqualTo(live);
			assertThat(review.contains("/replies\"")).as("reply form on " + base).isEqualTo(live);
			assertThat(this.pages.as(this.candidate, base + "/meetings").contains("href=\"" + base + "/meetings/new\""))
				.isEqualTo(live);
		}
	}

	@Test
	void theCopyIsForTheCandidateAloneTheMentorKeepsTheLivePortfolio() throws Exception {
		this.mvc.perform(get("/portfolios/" + this.copy).with(user(this.mentor))).andExpect(status().isNotFound());
		this.mvc.perform(get("/portfolios/" + this.live).with(user(this.mentor))).andExpect(status().isOk());
	}

	@Test
	void pagesOfTheCopyShowTheBannerAndItIsListedOnTheHomePageAndTheLiveArchivePage() throws Exception {
		this.mvc.perform(get("/portfolios/" + this.copy + "/evidence").with(user(this.candidate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is the submitted copy of")));
		this.mvc.perform(get("/portfolios/" + this.live + "/evidence").with(user(this.candidate)))
			.andExpect(content().string(not(containsString("This is the submitted copy of"))));
		this.mvc.perform(get("/").with(user(this.candidate)))
			.andExpect(content().string(containsString("Submitted copy of")));
		this.mvc.perform(get("/portfolios/" + this.live + "/archive").with(user(this.candidate)))
			.andExpect(content().string(containsString("href=\"/portfolios/" + this.copy + "\"")));
		this.mvc.perform(get("/portfolios/" + this.copy + "/archive/export").with(user(this.candidate)))
			.andExpect(status().isOk());
		assertThat(List.of(this.archive.page(this.candidate, this.live).copies().get(0).id()))
			.containsExactly(this.copy);
	}

	@Test
	void theCopysPdfSaysWhenItWasSubmittedAndItsReadinessOffersNoFixes() throws Exception {
		String job = this.exports.start(this.candidate, this.copy);
		this.exports.awaitFinished(this.candidate, job);
		byte[] bytes = this.exports.download(this.candidate, job).getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFTextStripper cover = new PDFTextStripper();
			cover.setEndPage(1);
			assertThat(cover.getText(pdf)).contains("The copy submitted on");
		}

		assertThat(this.readiness.readiness(this.candidate, this.live).checks())
			.anySatisfy((check) -> assertThat(check.fix()).isNotNull());
		assertThat(this.readiness.readiness(this.candidate, this.copy).checks()).allSatisfy((check) -> {
			assertThat(check.fix()).isNull();
			assertThat(check.findings()).allSatisfy((finding) -> assertThat(finding.fix()).isNull());
		});
	}

	private byte[] export(long portfolioId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.archive.export(this.candidate, portfolioId, out);
		return out.toByteArray();
	}

}
