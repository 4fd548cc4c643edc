package org.chartfolio.pksb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class PksbJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private Fixtures fixtures;

	@Test
	void aCandidateRatesIsAskedForEndReflectionsTakesBothSnapshotsSeesTheChartAndTurnsAGapIntoAGoal() {
		Portfolio p = this.scene.candidate("Priya Candidate").portfolio("chartership");
		signInAs(p.candidate());

		this.browser.open("/portfolios/" + p.id());
		this.browser.click("PKSB");
		assertThat(this.browser.mainText()).contains("You have not chosen any areas yet")
			.contains("The chart appears once you have rated an area");

		this.browser.click("Add area");
		assertThat(this.browser.text(".error-summary")).contains("Choose an area to add");

		add("Research skills");
		assertThat(this.browser.mainText()).contains("Area added");
		rate("1 – Basic knowledge or skills", "0 – No knowledge or skills", "Run a user survey");
		assertThat(this.browser.text(".error-summary")).contains("The target cannot be below where you stand now");
		assertThat(this.browser.value("comment")).isEqualTo("Run a user survey");
		rate("1 – Basic knowledge or skills", "3 – Very good knowledge or skills", null);
		assertThat(this.browser.mainText()).contains("Rating saved").contains("Gap of 2");

		add("Ethics and values");
		rate("2 – Good knowledge or skills", "3 – Very good knowledge or skills", "Lead the ethics reading group");

		this.browser.click("Take the initial snapshot");
		assertThat(this.browser.mainText()).contains("Initial snapshot taken")
			.contains("Final snapshot\nNot taken yet.");
		assertThat(this.browser.driver().findElements(By.cssSelector("svg.pksb-svg rect.bar-start"))).hasSize(2);
		assertThat(this.browser.text("figure.pksb-chart figcaption")).contains("at the start, now and as a target");

		this.browser.click(this.browser.driver()
			.findElement(By.cssSelector("button[aria-label='Make a goal from the gap in Research skills']")));
		assertThat(this.browser.value("title")).isEqualTo("Develop: Research skills");
		assertThat(this.browser.value("reason")).contains("now 1, target 3").contains("Run a user survey");

		this.browser.open("/portfolios/" + p.id() + "/pksb");
		assertThat(this.browser.mainText()).contains("See goal");
		this.browser.click(this.browser.driver().findElement(By.cssSelector("a[aria-label='Rate Research skills']")));
		rate("3 – Very good knowledge or skills", "3 – Very good knowledge or skills", null);
		assertThat(this.browser.text("#reflections ~ ul")).contains("Research skills").contains("Not written yet.");

		this.browser.click("Take the final snapshot");
		String refusal = "Write an end reflection on each area you chose before you take the final snapshot. "
				+ "Still without one: Ethics and values, Research skills.";
		assertThat(this.browser.text(".error-summary")).contains(refusal);
		assertThat(this.browser.text("#snapshot-FINAL-error")).contains(refusal);
		assertThat(this.browser.text("#snapshot-FINAL")).contains("Not taken yet.");

		this.browser.click("Write the end reflection on Research skills");
		assertThat(this.browser.title()).startsWith("End reflection: Research skills");
		this.browser.click("Save reflection");
		assertThat(this.browser.text("#text-error"))
			.contains("Write your reflection: how your rating changed and what showed it.");
		this.browser.fill("text",
				"From 1 to 3: I designed and ran the user survey, and its findings changed our opening hours.");
		this.browser.click("Save reflection");
		assertThat(this.browser.mainText()).contains("End reflection saved")
			.contains("From 1 to 3: I designed and ran the user survey");

		this.browser.click("Take the final snapshot");
		assertThat(this.browser.text("#snapshot-FINAL-error")).contains("Still without one: Ethics and values.")
			.doesNotContain("Research skills");
		this.browser.click("Write the end reflection on Ethics and values");
		this.browser.fill("text", "Held at 2: the reading group starts next term, so this stays a goal.");
		this.browser.click("Save reflection");

		this.browser.click("Take the final snapshot");
		assertThat(this.browser.mainText()).contains("Final snapshot taken").doesNotContain("Still without one");
		assertThat(this.browser.text("figure.pksb-chart figcaption"))
			.contains("at the start, at the end and as a target");
		this.browser.click(this.browser.driver().findElement(By.cssSelector("figure.pksb-chart summary")));
		assertThat(this.browser.text("figure.pksb-chart table")).contains("Research skills 1.0 3.0 3.0")
			.contains("Ethics and values 2.0 2.0 3.0");
		assertThat(this.browser.text("#rating-" + ratingId("Research skills"))).contains("1 3 3 3");
	}

	@Test
	void anAdministratorImportsAFrameworkFileAndSeesItsProblemsByLine() throws Exception {
		SignedInUser administrator = this.fixtures.administrator();
		signInAs(administrator);
		this.browser.click("PKSB frameworks");
		assertThat(this.browser.mainText()).contains("Ethics and values").contains("4 Expert knowledge or skills");

		Path bad = importFramework("framework",
				"kind,area,code,text\nsub-area,Data management,10.1,Data stewardship\nsub-area,Astrology,1,x\n");
		assertThat(this.browser.text(".error-summary")).contains("Nothing was imported")
			.contains("Line 3: There is no area called \"Astrology\".");
		assertThat(this.browser.mainText()).doesNotContain("Data stewardship");

		Path good = importFramework("framework",
				"kind,area,code,text\nsub-area,Data management,10.1,Data stewardship\n");
		assertThat(this.browser.mainText()).contains("new sub-areas").contains("10.1 Data stewardship");
		Files.delete(bad);
		Files.delete(good);
	}

	@Test
	void anAdministratorCompletesTheKnowledgeManagementFrameworkAndAKmCandidateAssessesAgainstIt() throws Exception {
		SignedInUser administrator = this.fixtures.administrator();
		signInAs(administrator);
		this.browser.click("PKSB frameworks");
		this.browser.click("PKSB for Knowledge Management");
		assertThat(this.browser.text("#framework-name")).isEqualTo("PKSB for Knowledge Management");
		assertThat(this.browser.mainText()).contains("Organising knowledge and information")
			.contains("To be confirmed by an administrator")
			.doesNotContain("Data management");

		Path bad = importFramework("km-framework",
				"kind,area,code,text\nsub-area,Information governance and compliance,5.1,Knowledge governance\n"
						+ "area,Information governance and compliance,maybe,Information governance and compliance\n");
		assertThat(this.browser.text(".error-summary")).contains("Nothing was imported")
			.contains("Line 3: The code of an area line must be iso30401 or -, not \"maybe\".");
		assertThat(this.browser.text("#framework-name")).isEqualTo("PKSB for Knowledge Management");

		Path good = importFramework("km-framework",
				"kind,area,code,text\nsub-area,Information governance and compliance,5.1,Knowledge governance\n"
						+ "area,Information governance and compliance,iso30401,Information governance and compliance\n");
		assertThat(this.browser.mainText()).contains("1 new sub-areas")
			.contains("1 areas confirmed")
			.contains("5.1 Knowledge governance")
			.contains("Maps to BS ISO 30401");
		assertThat(this.browser.text("#framework-name")).isEqualTo("PKSB for Knowledge Management");
		this.browser.click("PKSB (Professional Knowledge and Skills Base)");
		assertThat(this.browser.mainText()).doesNotContain("Knowledge governance").contains("Data management");
		Files.delete(bad);
		Files.delete(good);
		this.browser.click("Sign out");

		Portfolio p = this.scene.candidate("Kay Knowledge").portfolio("km-chartership");
		signInAs(p.candidate());
		this.browser.open("/portfolios/" + p.id());
		this.browser.click("PKSB");
		assertThat(this.browser.mainText()).contains("Framework: PKSB for Knowledge Management.");
		Select choices = new Select(this.browser.driver().findElement(By.id("item")));
		assertThat(choices.getOptions()).extracting((option) -> option.getText())
			.contains("Information governance and compliance: 5.1 Knowledge governance")
			.doesNotContain("Information governance and compliance", "Data management");
		add("Information governance and compliance: 5.1 Knowledge governance");
		rate("1 – Basic knowledge or skills", "3 – Very good knowledge or skills",
				"Write the retention policy for the wiki");
		assertThat(this.browser.mainText()).contains("5.1 Knowledge governance").contains("Gap of 2");
		assertThat(this.browser.text("#reflections ~ ul")).contains("Information governance and compliance");
	}

	private void add(String area) {
		new Select(this.browser.driver().findElement(By.id("item"))).selectByVisibleText(area);
		this.browser.click("Add area");
	}

	private void rate(String now, String target, String comment) {
		new Select(this.browser.driver().findElement(By.id("currentLevel"))).selectByVisibleText(now);
		new Select(this.browser.driver().findElement(By.id("targetLevel"))).selectByVisibleText(target);
		if (comment != null) {
			this.browser.fill("comment", comment);
		}
		this.browser.click("Save rating");
	}

	private String ratingId(String name) {
		return this.browser.driver()
			.findElement(By.xpath("//tr[th[normalize-space()=" + "'" + name + "']]"))
			.getAttribute("id")
			.substring("rating-".length());
	}

	/**
	 * Imports this CSV on the framework page open, from a temporary file the test deletes
	 * once done; the file.
	 */
	private Path importFramework(String prefix, String csv) throws IOException {
		Path file = Files.createTempFile(prefix, ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		this.browser.driver().findElement(By.id("file")).sendKeys(file.toString());
		this.browser.click("Import");
		return file;
	}

}
