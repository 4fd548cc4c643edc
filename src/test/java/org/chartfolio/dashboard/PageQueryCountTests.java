package org.chartfolio.dashboard;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.JdbcRecorder;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.QueryCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages a candidate opens most (each section page with its review status, the plan
 * and the PKSB among them), the progress page, the evidence map, readiness and glossary
 * pages and the notification list need the same number of SQL statements for a portfolio
 * with 5 evidence items as for one with 150, however many citations, goals, comment
 * threads, meetings, open actions and notifications there are (the overview's "Coming up"
 * panel and first steps among them).
 */
@IntegrationTest
class PageQueryCountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private QueryCounter queries;

	@Autowired
	private JdbcRecorder jdbc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ReviewService review;

	@Autowired
	private org.chartfolio.meeting.MeetingService meetings;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient sql;

	@Test
	void theOverviewTheStatementPageAndTheEvidenceListDoNotGrowWithTheirContent() throws Exception {
		Portfolio small = portfolioWith(5);
		Portfolio large = portfolioWith(150);

		for (String page : new String[] { "/portfolios/%d", "/portfolios/%d/sections/%s",
				"/portfolios/%d/sections/%s/review", "/portfolios/%d/sections/%s/edit", "/portfolios/%d/evidence",
				"/portfolios/%d/progress", "/portfolios/%d/evidence-map", "/portfolios/%d/readiness",
				"/portfolios/%d/glossary", "/portfolios/%d/plan", "/portfolios/%d/pksb", "/", "/notifications" }) {
			long few = count(small, page);
			long many = count(large, page);
			assertThat(many).as("SQL statements for " + page + " with 150 items against 5").isEqualTo(few);
			assertThat(few).as("SQL statements for " + page).isBetween(1L, 20L);
		}
	}

	/**
	 * The mentor's and the line manager's home page (their people with what waits for
	 * them) and the line manager's progress page (goals, meetings, activity) need as many
	 * statements for a portfolio of 150 items, 15 goals and 30 threads as for one of 5.
	 */
	@Test
	void theSupportersHomeAndProgressPagesDoNotGrowWithThePortfolio() throws Exception {
		Portfolio small = portfolioWith(5);
		Portfolio large = portfolioWith(150);
		for (boolean mentor : new boolean[] { true, false }) {
			for (String page : new String[] { "/", "/portfolios/%d/progress" }) {
				long few = countAs(mentor ? small.mentor() : small.lineManager(), String.format(page, small.id()));
				long many = countAs(mentor ? large.mentor() : large.lineManager(), String.format(page, large.id()));
				String who = mentor ? "the mentor" : "the line manager";
				assertThat(many).as("SQL statements for " + page + " as " + who + " with 150 items against 5")
					.isEqualTo(few);
				assertThat(few).as("SQL statements for " + page + " as " + who).isBetween(1L, 30L);
			}
		}
	}

	private long countAs(SignedInUser person, String url) throws Exception {
		return this.queries.count(() -> visit(person, url));
	}

	/**
	 * A page is read in one read-only transaction on one connection: the person's
	 * standing, every service the page calls and the page header alike, for a portfolio
	 * of 5 items as of 150.
	 */
	@Test
	void eachKeyPageTakesOneConnectionAndOneTransaction() throws Exception {
		Portfolio small = portfolioWith(5);
		Portfolio large = portfolioWith(150);

		for (String page : new String[] { "/portfolios/%d", "/portfolios/%d/sections/%s",
				"/portfolios/%d/sections/%s/review", "/portfolios/%d/sections/%s/edit", "/portfolios/%d/evidence",
				"/portfolios/%d/plan", "/portfolios/%d/pksb", "/portfolios/%d/evidence-map", "/", "/notifications" }) {
			for (Portfolio portfolio : new Portfolio[] { small, large }) {
				String url = url(page, portfolio);
				JdbcRecorder.Recording recording = this.jdbc.record(() -> visit(portfolio.candidate(), url));
				assertThat(recording.connections()).as("connections taken for " + url).isEqualTo(1);
				assertThat(recording.transactions()).as("transactions begun for " + url).isEqualTo(1);
				assertThat(recording.statementsContaining("from portfolio p where p.id"))
					.as("reads of the person's standing for " + url)
					.isLessThanOrEqualTo(1);
			}
		}
	}

	/**
	 * The header's figures (unread notifications, mentoring, mentor requests waiting) are
	 * one statement: a page that reads nothing of its own, like the privacy page, sends
	 * exactly one.
	 */
	@Test
	void thePageHeaderIsOneStatement() throws Exception {
		SignedInUser person = this.scene.person("Header reader");
		JdbcRecorder.Recording recording = this.jdbc.record(() -> visit(person, "/privacy"));
		assertThat(recording.statements()).as("statements for a signed-in page with nothing of its own").hasSize(1);
	}

	private long count(Portfolio portfolio, String page) throws Exception {
		String url = url(page, portfolio);
		return this.queries.count(() -> visit(portfolio.candidate(), url));
	}

	/**
	 * The address of a page for this portfolio: a page under /portfolios is a pattern of
	 * the portfolio's id and its statement's.
	 */
	private static String url(String page, Portfolio portfolio) {
		return page.startsWith("/portfolios") ? String.format(page, portfolio.id(), portfolio.section(0).id()) : page;
	}

	/** This person opens the page at this address, which must be there. */
	private void visit(SignedInUser person, String url) throws Exception {
		this.mvc.perform(get(url).with(user(person))).andExpect(status().isOk());
	}

	/**
	 * The notifications' emails are handled on another thread after their commit: wait
	 * for them, so that their statements are not counted as a page's.
	 */
	private void emailsHandled() {
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < until
				&& this.sql.sql("select count(*) from event_publication where completion_date is null")
					.query(Long.class)
					.single() > 0) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private Portfolio portfolioWith(int items) {
		Portfolio p = this.scene.candidate("Candidate " + items).portfolio("certification");
		for (int i = 1; i <= items; i++) {
			this.scene.evidence(p,
					evidence("Item " + i).description("About item " + i).tags("tag" + (i % 7), "common"));
		}
		long statement = p.section(0).id();
		String citations = IntStream.rangeClosed(1, items)
			.mapToObj((n) -> "I learned something from this [E" + n + "].")
			.collect(Collectors.joining("\n\n"));
		this.scene.write(p, statement, "# What I did\n\n" + citations);
		for (int g = 0; g < Math.max(1, items / 10); g++) {
			this.scene.goal(p, goal("Goal " + g));
		}
		// Comment threads beside the statement (and their notifications), as many as the
		// items grow.
		SignedInUser mentor = this.scene.person("Mentor " + items);
		this.scene.join(p, mentor, PortfolioRole.MENTOR);
		this.review.markReadyForReview(p.candidate(), p.id(), statement, this.scene.section(p, statement).version());
		for (int t = 1; t <= Math.max(1, items / 5); t++) {
			long thread = this.review.comment(mentor, p.id(), statement, "Say more about item " + t + ".", t);
			this.review.reply(p.candidate(), p.id(), statement, thread, "Added a sentence about item " + t + ".");
		}
		this.review.requestChanges(mentor, p.id(), statement, this.scene.section(p, statement).version(),
				"Make it reflective.");
		// Meetings with open actions, as many as the items grow, for the overview's
		// "Coming up" panel.
		java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
		for (int m = 0; m < Math.max(1, items / 25); m++) {
			this.meetings.logMeeting(p.candidate(), p.id(),
					new org.chartfolio.meeting.MeetingService.NewMeeting(day.plusDays(m),
							org.chartfolio.meeting.MeetingMode.VIDEO, "Meeting " + m, day.plusDays(m + 30),
							IntStream.rangeClosed(1, Math.max(1, items / 25)).mapToObj((a) -> "Action " + a).toList(),
							Set.of()));
		}
		emailsHandled();
		SignedInUser manager = this.scene.person("Line manager " + items);
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);
		return new Portfolio(p.candidate(), mentor, manager, p.id(), p.sections());
	}

}
