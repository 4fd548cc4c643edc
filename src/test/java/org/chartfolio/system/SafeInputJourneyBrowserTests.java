package org.chartfolio.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name with a right-to-left override is refused next to the field, and a text file
 * named as an HTML application is kept and offered for download as a text file.
 */
@BrowserTest
class SafeInputJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "amber signal notebook";

	@Test
	void aHiddenDirectionChangeInANameIsRefusedAndAnHtaOfTextDownloadsAsTxt() throws Exception {
		String email = "p-" + UUID.randomUUID() + "@example.org";
		this.browser.open("/register")
			.fill("name", "Ruth \u202Eefakoruth")
			.fill("email", email)
			.fill("password", PASSWORD)
			.click("Create account");
		assertThat(this.browser.text("#name-error")).contains("Remove the hidden characters");
		assertThat(this.browser.text(".error-summary")).contains("Remove the hidden characters");
		assertThat(this.browser.value("name")).isEqualTo("Ruth \u202Eefakoruth");

		this.browser.fill("name", "Ruth Okafor").fill("password", PASSWORD).click("Create account");
		this.browser.fill("password", PASSWORD).click("Sign in");
		assertThat(this.browser.path()).isEqualTo("/");

		String overview = startPortfolio("Certification (ACLIP)", "My Certification portfolio");

		Path folder = Files.createTempDirectory("safe-input-journey");
		Path hta = Files.writeString(folder.resolve("minutes.hta"),
				"<script language=\"VBScript\">\nCreateObject(\"WScript.Shell\").Run \"calc\"\n</script>\n",
				StandardCharsets.UTF_8);
		this.browser.open(overview + "/evidence/new").fill("title", "Committee minutes");
		this.browser.driver().findElement(By.id("files")).sendKeys(hta.toAbsolutePath().toString());
		this.browser.click("Save evidence");

		assertThat(this.browser.path()).isEqualTo(overview + "/evidence/1");
		assertThat(this.browser.mainText()).contains("minutes.txt").doesNotContain("minutes.hta");
		WebElement download = this.browser.find("minutes.txt");
		assertThat(download.getDomAttribute("href")).matches(".*/evidence/1/files/\\d+");
		Files.deleteIfExists(hta);
	}

}
