package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.JdbcRecorder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A home page reads the same number of statements however many portfolios it shows: a
 * supporter's for the people they support, a candidate's for their own portfolios. Each
 * module's figures, the meeting dates and who may see what are read once for all the
 * portfolios, not once for each.
 */
@IntegrationTest
class SupporterHomeQueryCountTests {

	private static final Pattern MEETING = Pattern.compile("(?i)\\bfrom\\s+(\\w+\\.)?meeting\\s");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcRecorder jdbc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private MeetingService meetings;

	@Test
	void theMeetingDatesOfEverySupportedPortfolioAreOneRead() throws Exception {
		for (PortfolioRole role : new PortfolioRole[] { PortfolioRole.MENTOR, PortfolioRole.LINE_MANAGER }) {
			JdbcRecorder.Recording one = homeOf(supporting(1, role));
			JdbcRecorder.Recording three = homeOf(supporting(3, role));
			assertThat(meetingReads(one)).as("statements reading meetings for the home page of a " + role).isPositive();
			assertThat(meetingReads(three))
				.as("statements reading meetings for the home page of a " + role + " of 3 against 1")
				.isEqualTo(meetingReads(one));
		}
	}

	@Test
	void aSupportersHomeReadsAsMuchForThreePeopleAsForOne() throws Exception {
		for (PortfolioRole role : new PortfolioRole[] { PortfolioRole.MENTOR, PortfolioRole.LINE_MANAGER }) {
			JdbcRecorder.Recording one = homeOf(supporting(1, role));
			JdbcRecorder.Recording three = homeOf(supporting(3, role));
			assertThat(three.statementCount())
				.as("statements of the home page of a %s of 3 against 1:%n%s", role, listed(three))
				.isEqualTo(one.statementCount());
		}
	}

	@Test
	void aCandidatesHomeReadsAsMuchForThreePortfoliosAsForOne() throws Exception {
		SignedInUser withOne = this.fixtures.person("Candidate with one portfolio");
		this.fixtures.portfolio(withOne, "certification");
		SignedInUser withThree = this.fixtures.person("Candidate with three portfolios");
		for (String route : new String[] { "certification", "chartership", "revalidation" }) {
			this.fixtures.portfolio(withThree, route);
		}
		JdbcRecorder.Recording three = homeOf(withThree);
		assertThat(three.statementCount())
			.as("statements of the home page with 3 portfolios against 1:%n%s", listed(three))
			.isEqualTo(homeOf(withOne).statementCount());
	}

	private static String listed(JdbcRecorder.Recording recording) {
		return String.join("\n", recording.statements());
	}

	/** Statements that read the meeting table itself (not its actions). */
	private static long meetingReads(JdbcRecorder.Recording recording) {
		return recording.statements().stream().filter((sql) -> MEETING.matcher(sql).find()).count();
	}

	private JdbcRecorder.Recording homeOf(SignedInUser supporter) throws Exception {
		return this.jdbc.record(() -> this.mvc.perform(get("/").with(user(supporter))).andExpect(status().isOk()));
	}

	private SignedInUser supporting(int people, PortfolioRole role) {
		SignedInUser supporter = this.fixtures.person(role + " of " + people);
		for (int i = 1; i <= people; i++) {
			SignedInUser candidate = this.fixtures.person("Candidate " + i + " of " + people + " " + role);
			long id = this.fixtures.portfolio(candidate, "certification");
			this.meetings.logMeeting(candidate, id, new MeetingService.NewMeeting(LocalDate.of(2026, 1, i),
					MeetingMode.VIDEO, "", LocalDate.of(2026, 2, i), List.of("Action " + i), Set.of()));
			this.memberships.join(id, supporter, role);
		}
		return supporter;
	}

}
