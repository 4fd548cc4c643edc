package org.chartfolio.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PdfExports;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class ExportControllerTests {

	@Autowired
	private Pages pages;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private org.chartfolio.evidence.EvidenceService evidence;

	@Autowired
	private OfficeConverter converter;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private PdfExports exports;

	@Test
	void theCandidateStartsAnExportWatchesItAndDownloadsThePdfWhichNobodyElseCanFetch() throws Exception {
		Portfolio p = this.scene.candidate("Candidate")
			.mentor("Mentor")
			.lineManager("Manager")
			.portfolio("certification");

		assertThat(this.pages.as(p.candidate(), "/portfolios/" + p.id() + "/export")).contains("Export a draft PDF")
			.contains("href=\"/portfolios/" + p.id() + "/export\"");
		this.pages.assertNotFound(p.lineManager(), "/portfolios/" + p.id() + "/export");

		String job = this.exports.start(p.candidate(), p.id());
		assertThat(job).startsWith("/portfolios/" + p.id() + "/export/jobs/");

		String page = this.pages.as(p.candidate(), job);
		if (!page.contains("Your PDF is ready")) {
			assertThat(page).contains("http-equiv=\"refresh\"").contains("hx-get=\"" + job + "\"");
		}
		String fragment = "";
		for (int i = 0; i < 600 && !fragment.contains("Your PDF is ready"); i++) {
			Thread.sleep(100);
			fragment = this.pages.shown(get(job).header("HX-Request", "true").with(user(p.candidate())));
			assertThat(fragment).doesNotContain("could not be finished").doesNotContain("<html");
		}
		assertThat(fragment).contains("Your PDF is ready").contains(job + "/pdf").doesNotContain("hx-trigger");

		this.pages.assertNotFound(p.mentor(), job);
		this.pages.assertNotFound(p.mentor(), job + "/pdf");
		this.pages.assertNotFound(p.lineManager(), job + "/pdf");

		MockHttpServletResponse download = this.exports.download(p.candidate(), job);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("My-certification-portfolio.pdf");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		try (PDDocument pdf = Loader.loadPDF(download.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("My certification portfolio").contains("Candidate");
		}
	}

	@Test
	void aPortfolioThatFailsReadinessAsksForTheDraftToBeConfirmedAndListsFilesOnlyAttached() throws Exception {
		Portfolio p = this.scene.candidate("Drafting Candidate").portfolio("chartership");
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Budget",
				org.chartfolio.evidence.EvidenceKind.DOCUMENT, "budget.ods", ExportFixtures.ods());

		String page = this.pages.as(p.candidate(), "/portfolios/" + p.id() + "/export");
		assertThat(page).contains("readiness checks fail")
			.contains("Export a draft PDF")
			.contains("name=\"confirmDraft\"")
			.contains("href=\"/portfolios/" + p.id() + "/readiness\"");
		if (!this.converter.available()) {
			assertThat(page).contains("Files the PDF will only attach")
				.contains("E1 Budget: budget.ods")
				.contains("Save each as PDF");
		}

		String refused = this.pages.refused(p.candidate(), post("/portfolios/" + p.id() + "/export/pdf"));
		assertThat(refused).as("the error next to the box and in the summary")
			.contains("Tick the box to export a draft")
			.contains("href=\"#confirmDraft\"")
			.contains("aria-invalid=\"true\"");
		assertThat(exportJobs(p.id())).isZero();

		this.exports.start(p.candidate(), p.id());
		assertThat(exportJobs(p.id())).isEqualTo(1);
	}

	/** How many exports of this portfolio have been started. */
	private long exportJobs(long portfolioId) {
		return this.jdbc.sql("select count(*) from export_job where portfolio_id = ?")
			.param(portfolioId)
			.query(Long.class)
			.single();
	}

}
