package org.chartfolio.readiness;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
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
class ReadinessWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Pages pages;

	@Autowired
	private ReadinessScene scene;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private GlossaryService glossary;

	private record People(Portfolio portfolio, SignedInUser mentor, SignedInUser manager) {

		String base() {
			return "/portfolios/" + this.portfolio.id();
		}

	}

	private People people() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.item(p, "Minutes of the board");
		this.scene.item(p, "Survey");
		this.scene.write(p, 0, "My CPD shows in the minutes [E1] [E1].\n\nAgain [E1].");
		SignedInUser mentor = this.scene.joins(p, "Mentor", PortfolioRole.MENTOR);
		SignedInUser manager = this.scene.joins(p, "Manager", PortfolioRole.LINE_MANAGER);
		return new People(p, mentor, manager);
	}

	@Test
	void theCandidateSeesTheSummaryEachCheckInWordsAndLinksToFixThem() throws Exception {
		People people = people();
		this.mvc.perform(get(people.base() + "/readiness").with(user(people.portfolio().candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7 checks fail, 3 warnings."),
					containsString("The mentor&#39;s completion statement is not signed."),
					containsString("Fail</span>"), containsString("Annotated CV is empty."),
					containsString("Annotated job description is empty."),
					containsString("E1 Minutes of the board has no description, “what this shows”, date."),
					containsString("href=\"" + people.base() + "/evidence/1/edit\""), containsString("Describe it"),
					containsString("Warning</span>"), containsString("Pass</span>"),
					containsString("E2 Survey is not cited."), containsString("Define CPD"),
					containsString("href=\"" + people.base() + "/glossary/edit?acronym=CPD\""),
					containsString("Take the snapshot"))));
	}

	@Test
	void theMentorSeesTheSameResultsWithoutLinksToChangeAnything() throws Exception {
		People people = people();
		this.mvc.perform(get(people.base() + "/readiness").with(user(people.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7 checks fail, 3 warnings."),
					containsString("E2 Survey is not cited."), not(containsString("Define CPD")),
					containsString("Annotated CV is empty."), not(containsString("Describe it")),
					not(containsString("/edit\"")), not(containsString("readiness-fix")))));
		this.mvc.perform(get(people.base() + "/glossary").with(user(people.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("CPD"), not(containsString("Dismiss CPD")))));
	}

	@Test
	void theLineManagerAndAStrangerAreNotFound() throws Exception {
		People people = people();
		SignedInUser stranger = this.fixtures.person("Stranger");
		for (SignedInUser other : new SignedInUser[] { people.manager(), stranger }) {
			for (String page : new String[] { "/readiness", "/evidence-map", "/glossary",
					"/glossary/edit?acronym=CPD" }) {
				this.mvc.perform(get(people.base() + page).with(user(other))).andExpect(status().isNotFound());
			}
		}
	}

	@Test
	void theEvidenceMapShowsCountsTotalsAndGapsInWords() throws Exception {
		People people = people();
		String html = this.pages.as(people.mentor(), people.base() + "/evidence-map");
		assertThat(html).contains("E1 Minutes of the board", "E2 Survey", "Not cited anywhere", "No evidence",
				"<span class=\"visually-hidden\">not cited</span>", "Criterion 1: Personal performance");
		// E1 is cited in two paragraphs of criterion 1.
		assertThat(html.replaceAll("\\s+", " ")).contains("<td class=\"text-center\"> <span>2</span> </td>");
	}

	@Test
	void theCandidateDefinesAnAcronymAndSeesProblemsNextToTheField() throws Exception {
		People people = people();
		SignedInUser candidate = people.portfolio().candidate();
		this.mvc.perform(get(people.base() + "/glossary/edit").param("acronym", "CPD").with(user(candidate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"CPD\"")));

		this.mvc.perform(define(people, "CPD", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"expansion-error\""),
					containsString("Enter what the acronym stands for."))));
		this.mvc.perform(define(people, "C-P-D", "Continuing"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"acronym-error\""), containsString("value=\"Continuing\""))));
		this.mvc.perform(define(people, "CPD", "x".repeat(201)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the expansion to 200 characters or fewer.")));

		this.mvc.perform(define(people, "CPD", "Continuing Professional Development"))
			.andExpect(redirectedUrl(people.base() + "/glossary"))
			.andExpect(flash().attribute("notice", "readiness.glossary.defined"));
		this.mvc.perform(get(people.base() + "/glossary").with(user(candidate)))
			.andExpect(content().string(allOf(containsString("Continuing Professional Development"),
					containsString("No acronym needs explaining."))));

		// A second tab opened before that save still thinks CPD is new: its save is
		// refused, its words kept.
		this.mvc.perform(define(people, "CPD", "Other words"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("value=\"Other words\""), containsString("error-summary"))));
	}

	@Test
	void aStaleDismissOrDeleteIsRefusedWithAMessage() throws Exception {
		People people = people();
		SignedInUser candidate = people.portfolio().candidate();
		this.glossary.define(candidate, people.portfolio().id(), "CPD", "Continuing Professional Development", null);
		this.mvc
			.perform(post(people.base() + "/glossary/delete").param("acronym", "CPD")
				.param("version", "7")
				.with(user(candidate))
				.with(csrf()))
			.andExpect(redirectedUrl(people.base() + "/glossary"))
			.andExpect(flash().attribute("problem", "readiness.glossary.stale"));
		this.mvc
			.perform(post(people.base() + "/glossary/delete").param("acronym", "CPD")
				.param("version", "0")
				.with(user(candidate))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "readiness.glossary.deleted"));
	}

	@Test
	void theMentorCannotChangeTheGlossary() throws Exception {
		People people = people();
		this.mvc
			.perform(post(people.base() + "/glossary").param("acronym", "CPD")
				.param("expansion", "Words")
				.with(user(people.mentor()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(people.base() + "/glossary/dismiss").param("acronym", "CPD")
				.with(user(people.mentor()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(people.base() + "/glossary/edit").param("acronym", "CPD").with(user(people.mentor())))
			.andExpect(status().isNotFound());
		assertThat(this.glossary.glossary(people.mentor(), people.portfolio().id()).entries()).isEmpty();
	}

	/** The candidate's glossary form for a new acronym, sent with this expansion. */
	private MockHttpServletRequestBuilder define(People people, String acronym, String expansion) {
		return post(people.base() + "/glossary").param("acronym", acronym)
			.param("expansion", expansion)
			.param("version", "")
			.with(user(people.portfolio().candidate()))
			.with(csrf());
	}

}
