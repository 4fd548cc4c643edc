package org.chartfolio.assessment;

import java.time.LocalDate;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.archive.ArchiveService;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

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
	private Fixtures fixtures;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private WritingService writing;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private ArchiveService archive;

	@Test
	void furtherInformationStartsAResubmissionWhoseChangesAreShownAndHomeShowsTheOutcome() throws Exception {
		SignedInUser candidate = this.fixtures.person("Candidate");
		long live = this.fixtures.portfolio(candidate, "certification");
		long statement = this.portfolios.view(candidate, live).sections().get(0).id();
		this.evidence.add(candidate, live, evidence("Rota").kind(EvidenceKind.DOCUMENT).build());
		this.writing.save(candidate, live, statement, "I planned the rota [E1].", 0, false);
		long first = this.archive.freeze(candidate, live);

		MockHttpServletResponse missing = this.mvc.perform(post("/portfolios/" + first + "/outcome")
			.with(user(candidate)).with(csrf()).param("result", "FURTHER_INFORMATION").param("details", "  "))
			.andReturn().getResponse();
		assertThat(missing.getContentAsString()).contains("Enter what the panel asked for.");
		this.mvc.perform(post("/portfolios/" + first + "/outcome").with(user(candidate)).with(csrf())
			.param("result", "FURTHER_INFORMATION").param("details", "Say what changed for the readers."));
		assertThat(this.mvc.perform(get("/").with(user(candidate))).andReturn().getResponse().getContentAsString())
			.contains("Outcome: Further information requested");

		this.evidence.add(candidate, live, evidence("Visitor survey").kind(EvidenceKind.FEEDBACK).build());
		this.writing.save(candidate, live, statement, "I planned the rota [E1] and the readers came back [E2].",
				this.writingVersion(candidate, live, statement), false);
		long second = this.archive.freeze(candidate, live);

		String outcome = this.mvc.perform(get("/portfolios/" + second + "/outcome").with(user(candidate)))
			.andReturn().getResponse().getContentAsString();
		assertThat(outcome).contains("This copy resubmits the portfolio submitted on");
		String changes = this.mvc.perform(get("/portfolios/" + second + "/changes").with(user(candidate)))
			.andReturn().getResponse().getContentAsString();
		assertThat(changes).contains("Say what changed for the readers.").contains("E2 Visitor survey")
			.containsPattern("<ins>.*the readers came back");
		assertThat(this.mvc.perform(get("/portfolios/" + first + "/changes").with(user(candidate)))
			.andReturn().getResponse().getStatus()).as("a first submission has no earlier one").isEqualTo(404);
	}

	@Test
	void anAwardNeedsItsDateAndAStaleFormIsRefusedKeepingWhatWasTyped() throws Exception {
		SignedInUser candidate = this.fixtures.person("Candidate");
		long live = this.fixtures.portfolio(candidate, "certification");
		long copy = this.archive.freeze(candidate, live);

		String noDate = this.mvc.perform(post("/portfolios/" + copy + "/outcome").with(user(candidate)).with(csrf())
			.param("result", "AWARDED").param("awardedOn", "31/02/2026")).andReturn().getResponse().getContentAsString();
		assertThat(noDate).contains("Enter a real date").contains("value=\"31/02/2026\"");
		this.mvc.perform(post("/portfolios/" + copy + "/outcome").with(user(candidate)).with(csrf())
			.param("result", "AWARDED").param("awardedOn", LocalDate.now().minusDays(1).toString()));
		String stale = this.mvc.perform(post("/portfolios/" + copy + "/outcome").with(user(candidate)).with(csrf())
			.param("result", "UNSUCCESSFUL").param("details", "Needs more reflection"))
			.andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("changed in another window").contains("Needs more reflection");

		assertThat(this.mvc.perform(get("/portfolios/" + live + "/outcome").with(user(candidate)))
			.andReturn().getResponse().getStatus()).as("a live portfolio has no outcome").isEqualTo(404);
		SignedInUser stranger = this.fixtures.person("Stranger");
		assertThat(this.mvc.perform(get("/portfolios/" + copy + "/outcome").with(user(stranger)))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private long writingVersion(SignedInUser candidate, long portfolio, long section) {
		return this.writing.editor(candidate, portfolio, section).version();
	}

}
