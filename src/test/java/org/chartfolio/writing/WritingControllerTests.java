package org.chartfolio.writing;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WritingControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	private SectionView statement;

	private String base;

	private long evidenceId;

	private Portfolio portfolio;

	@BeforeEach
	void aCandidateWithAStatementCitingEvidence() {
		this.portfolio = this.scene.candidate("Lisa Marsh").portfolio("certification");
		this.statement = this.scene.sections(this.portfolio).get(0);
		this.evidenceId = this.scene.evidence(this.portfolio, evidence("Photo of the display").kind(EvidenceKind.PHOTO))
			.id();
		this.scene.write(this.portfolio, this.statement.id(), "Secret words [E1].");
		this.scene.rewrite(this.portfolio, this.statement.id(), "Secret words, again [E1].");
		this.base = "/portfolios/" + this.portfolio.id() + "/sections/" + this.statement.id();
	}

	@Test
	void aStrangerGetsNotFoundOnEveryUrl() throws Exception {
		SignedInUser stranger = this.scene.person("Stranger");
		RequestBuilder[] requests = { get(this.base), get(this.base + "/edit"),
				post(this.base + "/edit").param("body", "Mine now").param("version", "2"),
				post(this.base + "/autosave").param("body", "Mine now").param("version", "2"),
				get(this.base + "/revisions"), get(this.base + "/revisions").param("from", "1").param("to", "2"),
				post(this.base + "/revisions/1/restore"),
				post(this.base + "/citations/" + this.evidenceId + "/note").param("note", "Mine") };
		for (RequestBuilder request : requests) {
			this.mvc.perform(withUser(request, stranger))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Secret words"))));
		}
		this.mvc.perform(get(this.base).with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Secret words, again")));
	}

	@Test
	void aSectionOfAnotherPortfolioIsNotFoundEvenForItsOwner() throws Exception {
		long other = this.scene.portfolio(this.portfolio.candidate(), "chartership");
		this.mvc
			.perform(get("/portfolios/" + other + "/sections/" + this.statement.id())
				.with(user(this.portfolio.candidate())))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyWrittenSectionsHaveAnEditor() throws Exception {
		SectionView pksb = this.scene.sections(this.portfolio)
			.stream()
			.filter((s) -> s.kind() == SectionKind.PKSB)
			.findFirst()
			.orElseThrow();
		String pksbPage = "/portfolios/" + this.portfolio.id() + "/sections/" + pksb.id();
		this.mvc.perform(get(pksbPage).with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not written as text here")));
		this.mvc.perform(get(pksbPage + "/edit").with(user(this.portfolio.candidate())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleSaveShowsBothVersionsAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(typed("/edit", "Typed in an old tab", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This text was changed somewhere else"),
					containsString("Secret words, again [E1].</textarea>"),
					containsString(">Typed in an old tab</textarea>"),
					containsString("name=\"version\" value=\"2\""))));
		this.mvc.perform(typed("/autosave", "Typed in an old tab", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("changed in another tab"),
					containsString("Compare both versions"), not(containsString("hx-swap-oob")))));
		this.mvc.perform(typed("/autosave", "Secret words, merged [E1].", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Saved at"), containsString("value=\"3\""))));
		this.mvc.perform(typed("/edit", "Secret words, merged [E1].", "3"))
			.andExpect(redirectedUrl(this.base))
			.andExpect(flash().attribute("notice", "writing.unchanged"))
			.andExpect(flash().attribute("noticeArg", org.hamcrest.Matchers.matchesPattern("\\d\\d:\\d\\d")));
		this.mvc
			.perform(get(this.base).with(user(this.portfolio.candidate()))
				.flashAttr("notice", "writing.unchanged")
				.flashAttr("noticeArg", "10:42"))
			.andExpect(content().string(containsString("Saved (autosaved at 10:42).")));
	}

	@Test
	void aTooLongNoteIsExplainedNextToItsField() throws Exception {
		this.mvc
			.perform(post(this.base + "/citations/" + this.evidenceId + "/note").with(user(this.portfolio.candidate()))
				.with(csrf())
				.param("note", "x".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("A note must be 500 characters or fewer"),
					containsString("aria-invalid=\"true\""))));
	}

	private static RequestBuilder withUser(RequestBuilder request, SignedInUser user) {
		return ((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request).with(user(user))
			.with(csrf());
	}

	/** The candidate's text sent to the editor's save or autosave, over this version. */
	private MockHttpServletRequestBuilder typed(String path, String body, String version) {
		return post(this.base + path).with(user(this.portfolio.candidate()))
			.with(csrf())
			.param("body", body)
			.param("version", version);
	}

}
