package org.chartfolio.search;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SearchTests {

	@Autowired
	private SearchService search;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MockMvc mvc;

	@Test
	void findsGoalsByAnyWordTheySayWithTheMatchMarked() throws Exception {
		Portfolio p = this.scene.candidate("Lisa Marsh").portfolio("certification");
		this.scene.goal(p, goal("Complete a First Aid course").reason("Customer focus")
			.actions("Book the course with St John Ambulance"));
		this.scene.goal(p,
				goal("Run a reading group").reason("Literacies and learning").actions("Ask the children's team"));

		assertThat(this.search.search(p.candidate(), p.id(), new SearchQuery("ambulances")))
			.extracting(SearchHit::title)
			.containsExactly("Complete a First Aid course");
		SearchHit hit = this.search.search(p.candidate(), p.id(), new SearchQuery("ambulance")).get(0);
		assertThat(hit.snippetRuns()).contains(new SearchHit.Run("Ambulance", true));
		assertThat(this.search.search(p.candidate(), p.id(), new SearchQuery("\"reading group\" -aid")))
			.extracting(SearchHit::title)
			.containsExactly("Run a reading group");

		this.mvc
			.perform(get("/portfolios/{id}/search", p.id()).param("q", "ambulance")
				.with(SecurityMockMvcRequestPostProcessors.user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>Ambulance</mark>")))
			.andExpect(content().string(containsString("1 result for \u201cambulance\u201d")));
		this.mvc
			.perform(get("/portfolios/{id}/search", p.id()).param("q", "<script>alert(1)</script>")
				.with(SecurityMockMvcRequestPostProcessors.user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("No results for \u201c&lt;script&gt;alert(1)&lt;/script&gt;\u201d")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void findsEvidenceByWhatItSaysAndByTag() {
		Portfolio p = this.scene.candidate("Lisa Marsh").portfolio("certification");
		this.scene.evidence(p,
				evidence("Summer reading display").kind(EvidenceKind.PHOTO)
					.description("Display for the children's library")
					.reflection("Shows promotion skills")
					.tags("marketing"));
		this.scene.evidence(p,
				evidence("Committee minutes").kind(EvidenceKind.MINUTES).description("Career Development Group"));

		assertThat(this.search.search(p.candidate(), p.id(), new SearchQuery("children")))
			.extracting(SearchHit::title, SearchHit::url)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("E1 Summer reading display",
					"/portfolios/" + p.id() + "/evidence/1"));
		assertThat(this.search.search(p.candidate(), p.id(), new SearchQuery("marketing"))).extracting(SearchHit::title)
			.containsExactly("E1 Summer reading display");
	}

	@Test
	void nobodyElseCanSearchAPortfolio() throws Exception {
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Owner").portfolio("certification");

		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.search.search(stranger, p.id(), new SearchQuery("anything")));
		this.mvc
			.perform(get("/portfolios/{id}/search", p.id()).param("q", "x")
				.with(SecurityMockMvcRequestPostProcessors.user(stranger)))
			.andExpect(status().isNotFound());
	}

}
