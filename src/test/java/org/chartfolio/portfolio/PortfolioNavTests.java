package org.chartfolio.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chartfolio.portfolio.PortfolioNav.Current;
import org.chartfolio.portfolio.PortfolioNav.Group;
import org.chartfolio.portfolio.PortfolioNav.Item;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioNavTests {

	private static final PortfolioRef PORTFOLIO = new PortfolioRef(7, 1, "My Chartership portfolio");

	private static final Standing CANDIDATE = new Standing(PORTFOLIO, PortfolioRole.OWNER, null);

	@Test
	void theOverviewIsThePageAndItsGroupIsMarked() {
		List<Group> nav = PortfolioNav.of(CANDIDATE, "");
		assertThat(marked(nav)).containsExactly(Map.entry("portfolioNav.overview", Current.PAGE));
		assertThat(group(nav, "portfolioNav.group.write").current()).isEqualTo(Current.WITHIN);
		assertThat(nav).extracting(Group::messageKey)
			.containsExactly("portfolioNav.group.write", "portfolioNav.group.evidence", "portfolioNav.group.plan",
					"portfolioNav.group.meet", "portfolioNav.group.submit", "portfolioNav.group.more");
	}

	@Test
	void aStatementItsEditorReviewAndRevisionsMarkTheWriteGroupButNoItemAsTheirPage() {
		for (String path : new String[] { "/sections/12", "/sections/12/edit", "/sections/12/review",
				"/sections/12/revisions" }) {
			List<Group> nav = PortfolioNav.of(CANDIDATE, path);
			assertThat(marked(nav)).as(path).isEmpty();
			assertThat(group(nav, "portfolioNav.group.write").current()).as(path).isEqualTo(Current.WITHIN);
		}
	}

	@Test
	void theLongestItemHoldingThePageWinsAndAPageBeneathAnItemIsMarkedWithinIt() {
		assertThat(marked(PortfolioNav.of(CANDIDATE, "/evidence/capture")))
			.containsExactly(Map.entry("portfolioNav.capture", Current.PAGE));
		assertThat(marked(PortfolioNav.of(CANDIDATE, "/evidence/3/edit")))
			.containsExactly(Map.entry("portfolioNav.evidence", Current.WITHIN));
		assertThat(marked(PortfolioNav.of(CANDIDATE, "/evidence-map")))
			.containsExactly(Map.entry("portfolioNav.evidenceMap", Current.PAGE));
		assertThat(group(PortfolioNav.of(CANDIDATE, "/glossary"), "portfolioNav.group.submit").current())
			.isEqualTo(Current.WITHIN);
	}

	@Test
	void linksLeadIntoThisPortfolio() {
		assertThat(group(PortfolioNav.of(CANDIDATE, ""), "portfolioNav.group.evidence").items()).extracting(Item::href)
			.containsExactly("/portfolios/7/evidence", "/portfolios/7/evidence/capture", "/portfolios/7/evidence-map");
	}

	@Test
	void capturePeopleTheBinAndTheDataPageAreTheCandidatesOwn() {
		Standing mentor = new Standing(PORTFOLIO, PortfolioRole.MENTOR, null);
		assertThat(labels(PortfolioNav.of(mentor, ""))).doesNotContain("portfolioNav.capture", "portfolioNav.bin",
				"portfolioNav.people", "archive.nav");
		assertThat(labels(PortfolioNav.of(CANDIDATE, ""))).contains("portfolioNav.capture", "portfolioNav.bin",
				"portfolioNav.people", "archive.nav");
		Standing submittedCopy = new Standing(PORTFOLIO, PortfolioRole.OWNER, LocalDate.of(2026, 11, 30));
		assertThat(labels(PortfolioNav.of(submittedCopy, ""))).contains("archive.nav")
			.doesNotContain("portfolioNav.capture", "portfolioNav.bin", "portfolioNav.people");
	}

	@Test
	void aLineManagerGetsNoNav() {
		assertThat(PortfolioNav.of(new Standing(PORTFOLIO, PortfolioRole.LINE_MANAGER, null), "/progress")).isEmpty();
	}

	private static Map<String, Current> marked(List<Group> nav) {
		return nav.stream()
			.flatMap((group) -> group.items().stream())
			.filter((item) -> item.current().marked())
			.collect(Collectors.toMap(Item::messageKey, Item::current));
	}

	private static List<String> labels(List<Group> nav) {
		return nav.stream().flatMap((group) -> group.items().stream()).map(Item::messageKey).toList();
	}

	private static Group group(List<Group> nav, String messageKey) {
		return nav.stream().filter((group) -> group.messageKey().equals(messageKey)).findFirst().orElseThrow();
	}

}
