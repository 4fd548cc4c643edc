package org.chartfolio.dashboard;

import java.time.LocalDate;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.support.GoalEditBuilder;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OverviewWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private PlanService plan;

	@Autowired
	private MutableClock clock;

	@Test
	void theOverviewListsTheSoonestOpenGoalsAndHowManyMoreThePlanHolds() throws Exception {
		Portfolio p = this.scene.candidate("Nia Evans").portfolio("certification");
		LocalDate today = LocalDate.now(this.clock);
		for (int week = 7; week >= 1; week--) {
			goal(p.candidate(), p.id(), "Goal due in week " + week, GoalStatus.PLANNED, today.plusWeeks(week));
		}
		goal(p.candidate(), p.id(), "Goal already done", GoalStatus.DONE, today.minusWeeks(1));

		this.mvc.perform(get("/portfolios/" + p.id()).with(user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Goal due in week 1")))
			.andExpect(content().string(containsString("Goal due in week 5")))
			.andExpect(content().string(not(containsString("Goal due in week 6"))))
			.andExpect(content().string(not(containsString("Goal already done"))))
			.andExpect(content().string(containsString("and 2 more open goals in the plan")))
			.andExpect(content().string(containsString("1 of 8")));
	}

	@Test
	void eachStatementShowsItsWordsAsABarAgainstTheLimitAndSaysInWordsWhenItIsOver() throws Exception {
		Portfolio p = this.scene.candidate("Nia Evans").portfolio("certification");
		this.scene.write(p, p.sections().get(0).id(), "word ".repeat(120).strip());
		this.scene.write(p, p.sections().get(1).id(), "word ".repeat(1100).strip());

		this.mvc.perform(get("/portfolios/" + p.id()).with(user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*<meter class=\"word-meter-bar\" min=\"0\" max=\"1000\" value=\"120\"\\s+aria-label=\"120 of 1,000 words\"></meter>.*")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<meter class=\"word-meter-bar\" min=\"0\" max=\"1000\" value=\"1000\""
						+ "\\s+aria-label=\"1,100 of 1,000 words: 100 over the limit\"></meter>.*")))
			.andExpect(content().string(containsString("aria-label=\"1,220 of 1,000 words: 220 over the limit\"")))
			.andExpect(content().string(containsString(">100 over the limit<")));
	}

	private void goal(SignedInUser candidate, long portfolio, String title, GoalStatus status, LocalDate target) {
		this.plan.add(candidate, portfolio,
				GoalEditBuilder.goal(title)
					.target(target)
					.status(status)
					.outcome((status == GoalStatus.DONE) ? "It went well." : "")
					.build());
	}

}
