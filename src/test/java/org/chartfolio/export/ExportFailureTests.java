package org.chartfolio.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PdfExports;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * An export that fails part way: the person is told and offered another go, and no
 * working file is left.
 */
@IntegrationTest
class ExportFailureTests {

	@Autowired
	private Pages pages;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ExportJobs jobs;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private EvidenceSharing files;

	@Autowired
	private PdfExports exports;

	@Test
	void anEvidenceFileThatGoesAwayMidExportFailsTheJobWhichSaysSoOffersToTryAgainAndLeavesNothingBehind()
			throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Certificate", EvidenceKind.CERTIFICATE, "cert.pdf",
				ExportFixtures.pdf("Certificate", 1));
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Minutes", EvidenceKind.MINUTES, "minutes.txt",
				"Minutes".getBytes(StandardCharsets.UTF_8));
		// The first file is copied into the export's folder; the second has gone from the
		// store by the time it is read.
		// (Only this candidate's: other tests' exports in the same context read their
		// files as ever.)
		doCallRealMethod().doThrow(new UncheckedIOException(new IOException("File went away")))
			.when(this.files)
			.openFile(eq(p.candidate()), eq(p.id()), anyLong(), anyLong());

		String job = this.exports.start(p.candidate(), p.id());
		String fragment = this.exports.awaitFinished(p.candidate(), job);
		assertThat(fragment).contains("The export could not be finished").doesNotContain("Your PDF is ready");
		verify(this.files, times(2)).openFile(eq(p.candidate()), eq(p.id()), anyLong(), anyLong());

		String page = this.pages.as(p.candidate(), job);
		assertThat(page).contains("The export could not be finished. Nothing in your portfolio has changed")
			.doesNotContain("http-equiv=\"refresh\"")
			.doesNotContain("hx-trigger");
		int button = page.indexOf("Try the export again");
		assertThat(button).as("a button to try again").isPositive();
		String form = page.substring(page.lastIndexOf("<form", button), page.indexOf("</form>", button));
		assertThat(form).contains("method=\"post\"")
			.contains("action=\"/portfolios/" + p.id() + "/export/pdf\"")
			.contains("<button type=\"submit\"");
		this.pages.assertNotFound(p.candidate(), job + "/pdf");
		UUID id = UUID.fromString(job.substring(job.lastIndexOf('/') + 1));
		assertThat(this.jobs.find(p.candidate().id(), p.id(), id).orElseThrow().state())
			.isEqualTo(ExportJob.State.FAILED);
		try (var left = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
			assertThat(
					left.filter((path) -> path.getFileName().toString().startsWith("chartfolio-export-" + id)).toList())
				.as("the job's working folder, with the file copied before the failure")
				.isEmpty();
		}

		// Trying again, with the file back, gives the PDF.
		Mockito.reset(this.files);
		String second = this.exports.start(p.candidate(), p.id());
		assertThat(this.exports.awaitFinished(p.candidate(), second)).contains("Your PDF is ready");
	}

}
