package org.chartfolio.portfolio;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.system.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class PortfolioServiceTests {

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private Fixtures fixtures;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"certification | STATEMENT:1, STATEMENT:2, STATEMENT:3, CV, JOB_DESCRIPTION, ORGANISATIONAL_CONTEXT, PKSB, DEVELOPMENT_PLAN, MENTOR_STATEMENT",
			"chartership   | STATEMENT:1, STATEMENT:2, STATEMENT:3, CV, JOB_DESCRIPTION, ORGANISATIONAL_CONTEXT, PKSB, DEVELOPMENT_PLAN, MENTOR_STATEMENT",
			"fellowship    | STATEMENT:1, STATEMENT:2, STATEMENT:3, CV, JOB_DESCRIPTION, ORGANISATIONAL_CONTEXT, PKSB, DEVELOPMENT_PLAN, LETTERS_OF_SUPPORT",
			"revalidation  | STATEMENT, CPD_LOG",
			"km-chartership | STATEMENT:1, STATEMENT:2, STATEMENT:3, CV, JOB_DESCRIPTION, ORGANISATIONAL_CONTEXT, PKSB, DEVELOPMENT_PLAN, MENTOR_STATEMENT",
			"km-fellowship  | STATEMENT:1, STATEMENT:2, STATEMENT:3, CV, JOB_DESCRIPTION, ORGANISATIONAL_CONTEXT, PKSB, DEVELOPMENT_PLAN, LETTERS_OF_SUPPORT" })
	void aPortfolioGetsExactlyTheSectionsItsRouteAsksFor(String route, String expected) {
		SignedInUser candidate = this.fixtures.person("Candidate");
		long id = this.fixtures.portfolio(candidate, route);

		List<String> sections = this.portfolios.view(candidate, id)
			.sections()
			.stream()
			.map((s) -> s.kind() + (s.criterionNumber() != null ? ":" + s.criterionNumber() : ""))
			.toList();
		assertThat(String.join(", ", sections)).isEqualTo(expected);
	}

	@Test
	void listsOnlyTheirOwnPortfoliosAndRefusesAnUnknownRoute() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser other = this.fixtures.person("Other");
		this.fixtures.portfolio(candidate, "chartership");
		this.fixtures.portfolio(other, "certification");

		assertThat(this.portfolios.portfoliosOf(candidate)).extracting(PortfolioSummary::routeName)
			.containsExactly("Chartership");
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(
					() -> this.portfolios.open(candidate, new PortfolioService.NewPortfolio("knighthood", "X", null)))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("route"));
	}

	@Test
	void statementsCarryTheirCriterionAndTheRoutesWordLimit() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		PortfolioView revalidation = this.portfolios.view(candidate,
				this.fixtures.portfolio(candidate, "revalidation"));
		PortfolioView certification = this.portfolios.view(candidate,
				this.fixtures.portfolio(candidate, "certification"));

		assertThat(revalidation.summary().statementWordLimit()).isEqualTo(250);
		assertThat(certification.summary().statementWordLimit()).isEqualTo(1000);
		SectionView first = certification.sections().get(0);
		assertThat(first.title()).isEqualTo("Personal performance");
		assertThat(first.criterionDescription()).startsWith("Identify areas for improvement");
	}

	@Test
	void theKnowledgeManagementRoutesAreOfferedWithCriteriaMarkedForAnAdministratorToConfirm() {
		assertThat(this.portfolios.routes()).extracting(RouteChoice::code)
			.containsSubsequence("chartership", "fellowship", "km-chartership", "km-fellowship");
		RouteChoice km = this.portfolios.routes()
			.stream()
			.filter((r) -> r.code().equals("km-chartership"))
			.findFirst()
			.orElseThrow();
		assertThat(km.name()).isEqualTo("Knowledge Management Chartership");
		assertThat(km.postNominals()).isEqualTo("MCLIP");
		assertThat(km.criteriaCount()).isEqualTo(3);

		SignedInUser candidate = this.fixtures.person("Knowledge Manager");
		PortfolioView view = this.portfolios.view(candidate, this.fixtures.portfolio(candidate, "km-fellowship"));
		assertThat(view.summary().postNominals()).isEqualTo("FCLIP");
		assertThat(view.sections().stream().filter((s) -> s.criterionNumber() != null)).hasSize(3)
			.allSatisfy((s) -> assertThat(s.criterionDescription()).contains("To be confirmed by an administrator"));
	}

}
