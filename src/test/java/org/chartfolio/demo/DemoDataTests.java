package org.chartfolio.demo;

import java.time.Clock;
import java.util.List;

import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.writing.WritingService;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private PlanService plan;

	@Autowired
	private Clock clock;

	@Autowired
	private WritingService writing;

	@Test
	void doesNotRunUnlessTheDemoProfileIsAskedFor() {
		assertThat(this.context.getBeanNamesForType(DemoData.class)).isEmpty();
	}

	private SignedInUser signedIn(String email) {
		return (SignedInUser) this.userDetails.loadUserByUsername(email);
	}

	@Autowired
	private UserDetailsService userDetails;

	@Test
	void createsThreePeoplePrintsEachPasswordOnceAndNeverOverwrites(CapturedOutput output) {
		DemoData demo = new DemoData(this.accounts, new DemoPortfolio(this.portfolios, this.evidence, this.plan, this.writing, this.clock));
		demo.run(new DefaultApplicationArguments());

		for (DemoData.DemoPerson person : DemoData.PEOPLE) {
			assertThat(this.accounts.isRegistered(person.email())).isTrue();
		}
		assertThat(output.getOut()).containsPattern(
				"Demo candidate created: sign in as candidate@demo\\.chartfolio\\.example with password \\w{4}-\\w{4}-\\w{4}-\\w{4}");
		int printed = output.getOut().split("with password").length - 1;
		assertThat(printed).isEqualTo(3);

		SignedInUser candidate = signedIn(DemoData.CANDIDATE.email());
		List<PortfolioSummary> portfolios = this.portfolios.portfoliosOf(candidate);
		assertThat(portfolios).singleElement().satisfies((p) -> assertThat(p.routeName()).isEqualTo("Certification"));
		long portfolioId = portfolios.get(0).id();
		assertThat(this.evidence.list(candidate, portfolioId)).hasSizeBetween(15, 20)
			.extracting(EvidenceSummary::title)
			.contains("Photo of the summer reading display", "Minutes of the Career Development Group committee",
					"First Aid at Work certificate");
		assertThat(this.plan.goals(candidate, portfolioId))
			.filteredOn((goal) -> goal.status() == GoalStatus.DONE)
			.singleElement()
			.satisfies((goal) -> assertThat(goal.evidence()).extracting(EvidenceSummary::title).containsExactly("First Aid at Work certificate"));

		assertThat(this.writing.totalStatementWords(candidate, portfolioId)).isBetween(100, 1000);
		assertThat(this.writing.wordCounts(candidate, portfolioId).values()).filteredOn((words) -> words > 0).hasSize(3);

		demo.run(new DefaultApplicationArguments());
		assertThat(output.getOut().split("with password").length - 1).isEqualTo(3);
		assertThat(this.portfolios.portfoliosOf(candidate)).hasSize(1);
		assertThat(output.getOut()).contains("Demo mentor mentor@demo.chartfolio.example already exists and was left unchanged");
	}

}
