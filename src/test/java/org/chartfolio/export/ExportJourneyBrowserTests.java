package org.chartfolio.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ExportJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private EvidenceService evidence;

	@Test
	void aCandidateExportsThePdfWatchesItsProgressAndDownloadsIt() throws Exception {
		Portfolio p = this.scene.candidate("Aoife Candidate").portfolio("certification");
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Induction checklist", EvidenceKind.DOCUMENT,
				"checklist.pdf", ExportFixtures.pdf("Induction checklist", 1));
		List<SectionView> sections = this.scene.sections(p);
		SectionView first = sections.stream()
			.filter((s) -> Integer.valueOf(1).equals(s.criterionNumber()))
			.findFirst()
			.orElseThrow();
		this.scene.write(p, first.id(), "I wrote an induction checklist [E1] for new staff.");

		signInAs(p.candidate());
		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Export");
		assertThat(this.browser.mainText()).contains("What the PDF holds, in order").contains("The evidence index");

		assertThat(this.browser.mainText()).as("the portfolio is not ready: the export asks first")
			.contains("readiness checks fail")
			.contains("it will say \u201cDraft\u201d on the cover and at the top of every page");
		this.browser.click("Export a draft PDF");
		assertThat(this.browser.path()).as("nothing started without the box ticked")
			.isEqualTo("/portfolios/" + p.id() + "/export/pdf");
		assertThat(this.browser.mainText()).contains("There is a problem").contains("Tick the box to export a draft");
		this.browser.click(this.browser.driver().findElement(By.cssSelector(".error-summary a[href='#confirmDraft']")));
		assertThat(this.browser.activeElementId()).as("the summary's link goes to the box").isEqualTo("confirmDraft");
		this.browser.click(this.browser.driver().findElement(By.id("confirmDraft")));
		this.browser.click("Export a draft PDF");
		assertThat(this.browser.path()).startsWith("/portfolios/" + p.id() + "/export/jobs/");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(60))
			.until((driver) -> !driver.findElements(By.cssSelector("[data-testid=export-download]")).isEmpty());
		this.browser.checkAccessibility();
		assertThat(this.browser.mainText()).contains("Your PDF is ready");

		WebElement link = this.browser.driver().findElement(By.cssSelector("[data-testid=export-download]"));
		Cookie session = this.browser.driver().manage().getCookieNamed("SESSION") != null
				? this.browser.driver().manage().getCookieNamed("SESSION")
				: this.browser.driver().manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			PDFTextStripper text = new PDFTextStripper();
			text.setSortByPosition(true);
			assertThat(text.getText(pdf)).contains("Aoife Candidate")
				.contains("I wrote an induction checklist [E1] for new staff.")
				.contains("E1 Induction checklist")
				.contains("Induction checklist page 1")
				.contains("E1 · checklist.pdf · page 1 of 1");
			PDFTextStripper cover = new PDFTextStripper();
			cover.setEndPage(1);
			assertThat(cover.getText(pdf)).as("the confirmed draft says so").containsPattern("Draft: \\d+ checks fail");
			assertThat(PdfReading.outlineTitles(pdf.getDocumentCatalog().getDocumentOutline())).contains("Contents",
					"Reflective statement", "Evidence index", "E1 Induction checklist");
			int statement = PdfReading.pageContaining(pdf, "I wrote an induction checklist");
			int item = PdfReading.pageContaining(pdf, "E1 Induction checklist\n");
			int appended = PdfReading.pageContaining(pdf, "Induction checklist page 1");
			assertThat(PdfReading.linkTargets(pdf, statement)).as("the citation links to the item").contains(item);
			assertThat(PdfReading.linkTargets(pdf, item)).as("the item links back and on to its pages")
				.contains(statement, appended);
		}
	}

}
