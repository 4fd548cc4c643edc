package org.chartfolio.dashboard;

import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
class ProgressWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private WritingService writing;

	@Autowired
	private EvidenceService evidence;

	private record Scene(SignedInUser candidate, SignedInUser mentor, SignedInUser manager, long portfolioId,
			SectionView statement) {
	}

	private Scene scene() {
		SignedInUser candidate = this.fixtures.person("Nia Evans");
		SignedInUser mentor = this.fixtures.person("Mentor");
		SignedInUser manager = this.fixtures.person("Manager");
		long portfolioId = this.fixtures.portfolio(candidate, "certification");
		SectionView statement = this.portfolios.view(candidate, portfolioId).sections().get(0);
		this.evidence.add(candidate, portfolioId, new EvidenceService.EvidenceDetails("Staff survey results",
				EvidenceKind.NOTE, null, "", "", null, Set.of()));
		this.writing.save(candidate, portfolioId, statement.id(), "The **survey** showed what readers missed [E1].", 0,
				false);
		this.memberships.join(portfolioId, mentor, PortfolioRole.MENTOR);
		this.memberships.join(portfolioId, manager, PortfolioRole.LINE_MANAGER);
		return new Scene(candidate, mentor, manager, portfolioId, statement);
	}

	@Test
	void theLineManagerSeesFiguresWithoutTheWritingOrThePortfolioNavigation() throws Exception {
		Scene scene = scene();

		this.mvc.perform(get("/portfolios/" + scene.portfolioId() + "/progress").with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress of My certification portfolio")))
			.andExpect(content().string(containsString("Statement words")))
			.andExpect(content().string(containsString("Draft")))
			.andExpect(content().string(containsString("Not shared")))
			.andExpect(content().string(not(containsString("survey"))))
			.andExpect(content().string(not(containsString("portfolio-nav"))))
			.andExpect(content().string(not(containsString("Share with line manager"))));
	}

	@Test
	void theHomePageCardOfTheLineManagerShowsNumbersAndLinksToProgress() throws Exception {
		Scene scene = scene();

		this.mvc.perform(get("/").with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/portfolios/" + scene.portfolioId() + "/progress\"")))
			.andExpect(content().string(containsString("Evidence items")))
			.andExpect(content().string(containsString("6 of 1,000")))
			.andExpect(content().string(not(containsString("href=\"/portfolios/" + scene.portfolioId() + "\""))));
	}

	@Test
	void theCandidateSharesASectionAndTheLineManagerReadsItWithoutLinksToEvidence() throws Exception {
		Scene scene = scene();
		String progress = "/portfolios/" + scene.portfolioId() + "/progress";
		String shared = progress + "/sections/" + scene.statement().id();

		this.mvc.perform(get(progress).with(user(scene.candidate())))
			.andExpect(content().string(containsString("Share with line manager")));
		this.mvc.perform(get(shared).with(user(scene.manager()))).andExpect(status().isNotFound());

		this.mvc.perform(post(shared + "/sharing").param("shared", "true").with(user(scene.candidate())).with(csrf()))
			.andExpect(redirectedUrl(progress + "#section-" + scene.statement().id()))
			.andExpect(flash().attribute("notice", "progress.shared"));

		this.mvc.perform(get(shared).with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>survey</strong>")))
			.andExpect(content().string(containsString("[E1]")))
			.andExpect(content().string(containsString("<a href=\"" + progress + "\">Progress of")))
			.andExpect(content().string(not(containsString("href=\"/portfolios/" + scene.portfolioId() + "\""))))
			.andExpect(content().string(not(containsString("portfolio-nav"))))
			.andExpect(content().string(not(containsString("/evidence/"))))
			.andExpect(content().string(not(containsString("Staff survey results"))));
		this.mvc.perform(get(progress).with(user(scene.candidate())))
			.andExpect(content().string(containsString("Stop sharing")))
			.andExpect(content().string(containsString("See what they see")));

		this.mvc.perform(post(shared + "/sharing").param("shared", "false").with(user(scene.candidate())).with(csrf()))
			.andExpect(flash().attribute("notice", "progress.unshared"));
		this.mvc.perform(get(shared).with(user(scene.manager()))).andExpect(status().isNotFound());
	}

	@Test
	void nobodyButTheCandidateChangesSharing() throws Exception {
		Scene scene = scene();
		String sharing = "/portfolios/" + scene.portfolioId() + "/progress/sections/" + scene.statement().id() + "/sharing";

		for (SignedInUser other : new SignedInUser[] { scene.mentor(), scene.manager() }) {
			this.mvc.perform(post(sharing).param("shared", "true").with(user(other)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/portfolios/" + scene.portfolioId() + "/progress").with(user(scene.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Share with line manager"))));
	}

	@Test
	void theCandidateIsToldToInviteALineManagerBeforeSharing() throws Exception {
		SignedInUser candidate = this.fixtures.person("Alone");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");

		this.mvc.perform(get("/portfolios/" + portfolioId + "/progress").with(user(candidate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Once you invite a line manager")))
			.andExpect(content().string(not(containsString("Share with line manager"))));
	}

}
