package org.chartfolio.assessment;

import java.time.LocalDate;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.archive.ArchiveService;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class OutcomeTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ArchiveService archive;

	@Test
	void furtherInformationStartsAResubmissionWhoseChangesAreShownAndHomeShowsTheOutcome() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		long statement = p.section(0).id();
		this.scene.evidence(p, evidence("Rota").kind(EvidenceKind.DOCUMENT));
		this.scene.write(p, statement, "I planned the rota [E1].");
		long first = this.archive.freeze(p.candidate(), p.id());

		MockHttpServletResponse missing = this.mvc
			.perform(outcome(first, p.candidate()).param("result", "FURTHER_INFORMATION").param("details", "  "))
			.andReturn()
			.getResponse();
		assertThat(missing.getContentAsString()).contains("Enter what the panel asked for.");
		this.mvc.perform(outcome(first, p.candidate()).param("result", "FURTHER_INFORMATION")
			.param("details", "Say what changed for the readers."));
		assertThat(this.mvc.perform(get("/").with(user(p.candidate()))).andReturn().getResponse().getContentAsString())
			.contains("Outcome: Further information requested");

		this.scene.evidence(p, evidence("Visitor survey").kind(EvidenceKind.FEEDBACK));
		this.scene.rewrite(p, statement, "I planned the rota [E1] and the readers came back [E2].");
		long second = this.archive.freeze(p.candidate(), p.id());

		String outcome = this.mvc.perform(get("/portfolios/" + second + "/outcome").with(user(p.candidate())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outcome).contains("This copy resubmits the portfolio submitted on");
		String changes = this.mvc.perform(get("/portfolios/" + second + "/changes").with(user(p.candidate())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(changes).contains("Say what changed for the readers.")
			.contains("E2 Visitor survey")
			.containsPattern("<ins>.*the readers came back");
		assertThat(this.mvc.perform(get("/portfolios/" + first + "/changes").with(user(p.candidate())))
			.andReturn()
			.getResponse()
			.getStatus()).as("a first submission has no earlier one").isEqualTo(404);
	}

	@Test
	void anAwardNeedsItsDateAndAStaleFormIsRefusedKeepingWhatWasTyped() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		long copy = this.archive.freeze(p.candidate(), p.id());

		String noDate = answer(
				outcome(copy, p.candidate()).param("result", "AWARDED").param("awardedOn", "31/02/2026"));
		assertThat(noDate).contains("Enter a real date").contains("value=\"31/02/2026\"");
		this.mvc.perform(outcome(copy, p.candidate()).param("result", "AWARDED")
			.param("awardedOn", LocalDate.now().minusDays(1).toString()));
		String stale = answer(
				outcome(copy, p.candidate()).param("result", "UNSUCCESSFUL").param("details", "Needs more reflection"));
		assertThat(stale).contains("changed in another window").contains("Needs more reflection");

		assertThat(this.mvc.perform(get("/portfolios/" + p.id() + "/outcome").with(user(p.candidate())))
			.andReturn()
			.getResponse()
			.getStatus()).as("a live portfolio has no outcome").isEqualTo(404);
		SignedInUser stranger = this.scene.person("Stranger");
		assertThat(this.mvc.perform(get("/portfolios/" + copy + "/outcome").with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	/** The outcome form of a submitted copy, sent by this person. */
	private MockHttpServletRequestBuilder outcome(long portfolioId, SignedInUser who) {
		return post("/portfolios/" + portfolioId + "/outcome").with(user(who)).with(csrf());
	}

	/** The page the request answers with. */
	private String answer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
