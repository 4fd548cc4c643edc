package org.chartfolio.dashboard;

import java.util.Locale;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts read right: one of a thing in the singular, any other number in the plural ("1
 * section, 3 evidence items, 1 goal"), through the messages' choice formats, on the pages
 * that show counts.
 */
@IntegrationTest
class CountsReadRightTests {

	@Autowired
	private MessageSource messages;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Test
	void eachCountTakesTheSingularForOneAndThePluralOtherwise() {
		assertThat(message("mentoring.changed.value", 1, 3, 1)).isEqualTo("1 section, 3 evidence items, 1 goal");
		assertThat(message("mentoring.changed.value", 0, 1, 2)).isEqualTo("0 sections, 1 evidence item, 2 goals");
		assertThat(message("progress.sections.value", 1, 1)).isEqualTo("1 of 1 section");
		assertThat(message("progress.sections.value", 2, 9)).isEqualTo("2 of 9 sections");
		assertThat(message("progress.goals.value", 0, 1)).isEqualTo("0 of 1 goal");
		assertThat(message("progress.goals.value", 1, 1200)).isEqualTo("1 of 1,200 goals");
		assertThat(message("overview.allEvidence", 1)).isEqualTo("All evidence (1 item)");
		assertThat(message("overview.allEvidence", 0)).isEqualTo("All evidence (no items)");
		assertThat(message("overview.allEvidence", 1500)).isEqualTo("All evidence (1,500 items)");
		assertThat(message("evidence.list.count", 1)).isEqualTo("1 item");
		assertThat(message("home.mentorRequests", 1))
			.isEqualTo("You have 1 mentoring request waiting for your answer.");
		assertThat(message("home.mentorRequests", 2))
			.isEqualTo("You have 2 mentoring requests waiting for your answer.");
		assertThat(message("progress.shared.words", 1)).isEqualTo("1 word");
		assertThat(message("progress.shared.words", 1001)).isEqualTo("1,001 words");
		assertThat(message("bin.words", 1)).isEqualTo("1 word");
		assertThat(message("meeting.actions.count", 1, 1)).isEqualTo("1 action agreed, 1 still open");
		assertThat(message("directory.listing.mentees", 0, 1))
			.isEqualTo("You mentor 0 of the 1 candidate you can take.");
		assertThat(message("review.status.unresolved", 1)).isEqualTo("1 comment is unresolved.");
	}

	@Test
	void theOverviewHomeProgressAndEvidencePagesCountInTheSingularForOne() throws Exception {
		Portfolio p = this.scene.candidate("Una Count").portfolio("certification");
		this.scene.write(p, p.section(0).id(), "One word");
		this.scene.evidence(p, evidence("Certificate"));
		this.scene.goal(p, goal("First aid course"));

		this.mvc.perform(get("/portfolios/" + p.id()).with(user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("All evidence (1 item)"), containsString("0 of 1 goal<"),
					not(containsString("(1 items)")))));
		this.mvc.perform(get("/portfolios/" + p.id() + "/progress").with(user(p.candidate())))
			.andExpect(content()
				.string(allOf(matchesPattern("(?s).*>1 of \\d+ sections<.*"), containsString("0 of 1 goal<"))));
		this.mvc.perform(get("/").with(user(p.candidate())))
			.andExpect(content()
				.string(allOf(matchesPattern("(?s).*>1 of \\d+ sections<.*"), containsString("0 of 1 goal<"))));
		this.mvc.perform(get("/portfolios/" + p.id() + "/evidence").with(user(p.candidate())))
			.andExpect(content().string(allOf(containsString("1 item"), not(containsString("1 items")))));

		SignedInUser manager = this.scene.person("Lena Manager");
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);
		this.mvc.perform(get("/portfolios/" + p.id() + "/progress").with(user(manager)))
			.andExpect(content().string(containsString("0 of 1 goal<")));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
