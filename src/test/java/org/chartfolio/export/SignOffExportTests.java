package org.chartfolio.export;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.signoff.SignOffService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-off documents in the submission PDF: their own chapter, in the contents and
 * the bookmarks.
 */
@IntegrationTest
class SignOffExportTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ExportService exports;

	@Autowired
	private SignOffService signOffs;

	@Test
	void bothLettersOfAFellowshipPortfolioArePrintedWithWhoSignedThemAndWhen() throws Exception {
		Portfolio p = this.scene.candidate("Fiona Fellow").mentor("Ruth Okafor").portfolio("fellowship");
		this.signOffs.sign(p.mentor(), p.id(), "Fiona has mentored others.\n\nI support her application.", "Mentor",
				null);
		String token = this.signOffs.invite(p.candidate(), p.id(), "Priya Shah", null).token();
		this.signOffs.submit(token, new SignOffService.Letter("Priya Shah", "Head of Research Services",
				"I have worked with Fiona for eight years.", null, null));

		String jobId = this.exports.startPdf(p.candidate(), p.id(), true).toString();
		Path file = await(p.candidate(), p.id(), jobId);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Sign-off documents")
				.contains("Fiona has mentored others.")
				.contains("I support her application.")
				.contains("Signed: Ruth Okafor, Mentor,")
				.contains("I have worked with Fiona for eight years.")
				.contains("Signed: Priya Shah, Head of Research Services,");
			assertThat(PdfReading.outlineTitles(pdf.getDocumentCatalog().getDocumentOutline()))
				.contains("Sign-off documents");
		}
	}

	private Path await(SignedInUser user, long portfolioId, String jobId) throws InterruptedException {
		return ExportFixtures.finished(this.exports, user, portfolioId, jobId);
	}

}
