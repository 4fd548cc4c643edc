package org.chartfolio.archive;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ZIP that claims its portfolio was submitted and every section approved by a named
 * mentor is imported as drafts, the claims shown as imported history with an "Imported"
 * label; axe checks every page on the way.
 */
@BrowserTest
class ArchiveImportTrustBrowserTests extends BrowserJourney {

	@Autowired
	private ArchiveScene scene;

	@Autowired
	private ArchiveService archive;

	@Test
	void aZipClaimingApprovalsImportsAsDraftsWithTheClaimsShownAsImportedHistory() throws Exception {
		Path zip = Files.createTempFile("chartfolio-claims-", ".zip");
		Files.write(zip, this.scene.zipClaimingEverything("Lisa Candidate"));

		SignedInUser importer = this.scene.person("Omar Importer");
		this.browser.open("/login")
			.fill("username", importer.email())
			.fill("password", Fixtures.PASSWORD)
			.click("Sign in");
		this.browser.click("Import a portfolio");
		this.browser.driver().findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
		this.browser.click("Import");
		assertThat(this.browser.mainText()).contains("The portfolio was imported.")
			.contains("Every section starts as a draft");
		String imported = this.browser.path();

		this.browser.open(imported + "/archive");
		assertThat(this.browser.mainText()).contains("Imported")
			.contains("The ZIP said it was submitted on 1 November 2026")
			.contains("this portfolio is not submitted");

		long first = this.scene.portfolios.view(importer, Long.parseLong(imported.replaceAll("\\D+", "")))
			.sections()
			.get(0)
			.id();
		this.browser.open(imported + "/sections/" + first + "/review");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Draft");
		assertThat(this.browser.text("#imported-history")).contains("Imported history")
			.contains("Imported")
			.contains("Sent for review on 1 October 2026")
			.contains("by Dr Ruth Okafor");
		assertThat(this.browser.mainText()).doesNotContain("Approved by Dr Ruth Okafor");
		assertThat(this.browser.text(".imported-comment")).isEqualTo("Imported");
		Files.deleteIfExists(zip);
	}

}
