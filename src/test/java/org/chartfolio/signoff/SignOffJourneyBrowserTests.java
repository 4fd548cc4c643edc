package org.chartfolio.signoff;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SignOffJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Test
	void aMentorSignsTheCompletionStatementAndTheReadinessCheckPasses() {
		Portfolio p = this.scene.candidate("Lisa Marsh").mentor("Ruth Okafor").portfolio("certification");

		signInAs(p.mentor());
		this.browser.open("/portfolios/" + p.id() + "/readiness");
		assertThat(level("signoffs")).isEqualTo("Fail");
		assertThat(this.browser.text("#check-signoffs")).contains("The mentor's completion statement is not signed.");

		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Mentor's completion statement");
		this.browser.click("Sign and lock");
		assertThat(this.browser.text(".error-summary")).contains("Write the statement before you sign it.");
		this.browser.fill("text", "Lisa and I met monthly for a year. Her portfolio shows what Certification asks.");
		this.browser.fill("role", "Chartered Librarian");
		this.browser.click("Save draft");
		assertThat(this.browser.mainText()).contains("The draft is saved.")
			.contains("Draft by Ruth Okafor, not signed yet.");
		this.browser.click("Sign and lock");
		assertThat(this.browser.mainText()).contains("Signed and locked.")
			.contains("Signed by Ruth Okafor, Chartered Librarian on")
			.contains("Lisa and I met monthly for a year.");
		assertThat(this.browser.driver().findElements(By.id("text"))).as("locked: no editor").isEmpty();

		this.browser.open("/portfolios/" + p.id() + "/readiness");
		assertThat(level("signoffs")).isEqualTo("Pass");
		assertThat(this.browser.text("#check-signoffs")).contains("Your mentor has signed the completion statement.");

		this.browser.click("Sign out");
		signInAs(p.candidate());
		this.browser.open("/portfolios/" + p.id() + "/signoffs");
		assertThat(this.browser.mainText()).contains("Signed by Ruth Okafor")
			.contains("Lisa and I met monthly for a year.");
		assertThat(this.browser.driver().findElements(By.id("text"))).as("the candidate cannot edit it").isEmpty();
		assertThat(this.browser.driver().findElements(By.xpath("//button[normalize-space()='Reopen to change it']")))
			.as("only the mentor reopens it")
			.isEmpty();
		this.browser.open("/portfolios/" + p.id() + "/readiness");
		assertThat(level("signoffs")).isEqualTo("Pass");
	}

	@Test
	void aFellowshipSupporterWithNoAccountWritesALetterThroughTheirLink() throws Exception {
		Portfolio p = this.scene.candidate("Fiona Fellow").portfolio("fellowship");

		signInAs(p.candidate());
		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Letters of support");
		this.browser.fill("name", "Sam Supporter").fill("email", "sam@example.org");
		this.browser.click("Create the link");
		String link = this.browser.text(".supporter-link code");
		assertThat(link).contains("/support/");
		assertThat(this.browser.mainText()).contains("Open until");
		// Withdraw it and invite somebody else: the first link stops working.
		this.browser.click("Withdraw the invitation to Sam Supporter");
		assertThat(this.browser.mainText()).contains("The invitation is withdrawn").contains("Withdrawn on");
		this.browser.fill("name", "Dr Priya Shah");
		this.browser.click("Create the link");
		String second = this.browser.text(".supporter-link code");
		this.browser.click("Sign out");

		this.browser.open(path(link));
		assertThat(this.browser.text(".supporter-problem")).contains("withdrawn");

		this.browser.open(path(second));
		assertThat(this.browser.mainText()).contains("Fiona Fellow asks you for a letter of support");
		this.browser.fill("name", "Dr Priya Shah");
		this.browser.click("Submit the letter");
		assertThat(this.browser.text(".error-summary")).contains("Enter your role.");
		assertThat(this.browser.value("name")).as("nothing typed is lost").isEqualTo("Dr Priya Shah");
		Path html = Files.createTempFile("letter", ".html");
		Files.writeString(html, "<html><body>not a letter</body></html>");
		this.browser.fill("role", "Head of Research Services, University of York");
		this.browser.driver().findElement(By.id("file")).sendKeys(html.toString());
		this.browser.click("Submit the letter");
		assertThat(this.browser.text(".error-summary")).contains("Upload a PDF or a text file");
		Files.delete(html);
		this.browser.fill("text", "I have worked with Fiona for eight years.\n\nShe led the regional network.");
		this.browser.click("Submit the letter");
		assertThat(this.browser.mainText()).contains("Thank you, Dr Priya Shah.");

		this.browser.open(path(second));
		assertThat(this.browser.text(".supporter-problem")).contains("already been submitted");
		this.browser.open("/portfolios/" + p.id() + "/signoffs");
		assertThat(this.browser.path()).as("the link opened nothing else").startsWith("/login");

		signInAs(p.candidate());
		this.browser.open("/portfolios/" + p.id() + "/signoffs");
		assertThat(this.browser.text(".supporter-letter")).contains("I have worked with Fiona for eight years.");
		assertThat(this.browser.mainText())
			.contains("Submitted by Dr Priya Shah, Head of Research Services, University of York")
			.contains("Letter submitted on");
		this.browser.open("/portfolios/" + p.id() + "/readiness");
		assertThat(level("signoffs")).as("no mentor: the supporter's letter is enough").isEqualTo("Pass");
	}

	private String level(String check) {
		String badge = this.browser.text("#check-" + check + " .readiness-badge");
		return badge.substring(badge.indexOf(' ') + 1);
	}

	private static String path(String link) {
		return link.substring(link.indexOf("/support/"));
	}

}
