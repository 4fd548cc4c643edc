package org.chartfolio.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An export that fails part way: the person is told and offered another go, and no
 * working file is left.
 */
@IntegrationTest
class ExportFailureTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Pages pages;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ExportJobs jobs;

	@Autowired
	private EvidenceService evidence;

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
			.when(this.evidence)
			.openFile(eq(p.candidate()), eq(p.id()), anyLong(), anyLong());

		String job = startExport(p.candidate(), p.id());
		String fragment = awaitFinished(p.candidate(), job);
		assertThat(fragment).contains("The export could not be finished").doesNotContain("Your PDF is ready");
		verify(this.evidence, times(2)).openFile(eq(p.candidate()), eq(p.id()), anyLong(), anyLong());

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
		this.mvc.perform(get(job + "/pdf").with(user(p.candidate()))).andExpect(status().isNotFound());
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
		Mockito.reset(this.evidence);
		String second = startExport(p.candidate(), p.id());
		assertThat(awaitFinished(p.candidate(), second)).contains("Your PDF is ready");
	}

	private String startExport(SignedInUser candidate, long portfolio) throws Exception {
		return this.mvc
			.perform(post("/portfolios/" + portfolio + "/export/pdf").param("confirmDraft", "true")
				.with(user(candidate))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/**
	 * The progress fragment htmx fetches, once the job has finished one way or the other.
	 */
	private String awaitFinished(SignedInUser candidate, String job) throws Exception {
		for (int i = 0; i < 600; i++) {
			String fragment = this.mvc.perform(get(job).header("HX-Request", "true").with(user(candidate)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!fragment.contains("hx-trigger")) {
				return fragment;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the export did not finish within a minute");
	}

}
