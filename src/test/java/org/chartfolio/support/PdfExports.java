package org.chartfolio.support;

import org.chartfolio.account.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A portfolio's PDF export as its candidate runs it from the export page: started, draft
 * confirmed, then watched the way htmx watches it until the job has finished. For the
 * {@link IntegrationTest} contexts, the ones with MockMvc.
 */
@Scene
public class PdfExports {

	private final Pages pages;

	private final ObjectProvider<MockMvc> mvc;

	PdfExports(Pages pages, ObjectProvider<MockMvc> mvc) {
		this.pages = pages;
		this.mvc = mvc;
	}

	/** The candidate starts an export of the portfolio; the path of the job's page. */
	public String start(SignedInUser candidate, long portfolioId) throws Exception {
		return this.pages.redirected(candidate,
				post("/portfolios/" + portfolioId + "/export/pdf").param("confirmDraft", "true"));
	}

	/**
	 * The progress fragment htmx fetches, once the job has finished one way or the other.
	 */
	public String awaitFinished(SignedInUser candidate, String job) throws Exception {
		for (int i = 0; i < 600; i++) {
			String fragment = this.pages.shown(get(job).header("HX-Request", "true").with(user(candidate)));
			if (!fragment.contains("hx-trigger")) {
				return fragment;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the export did not finish within a minute");
	}

	/** The finished job's PDF as the candidate downloads it, which must be there. */
	public MockHttpServletResponse download(SignedInUser candidate, String job) throws Exception {
		return this.mvc.getObject()
			.perform(get(job + "/pdf").with(user(candidate)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

}
