package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
	private Fixtures fixtures;

	@Autowired
	private ArchiveScene scene;

	@Autowired
	private ArchiveService archive;

	@Test
	void aZipClaimingApprovalsImportsAsDraftsWithTheClaimsShownAsImportedHistory() throws Exception {
		SignedInUser candidate = this.fixtures.person("Lisa Candidate");
		long original = this.scene.certification(candidate, this.fixtures.person("Mo Mentor"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.archive.export(candidate, original, out);
		Map<String, byte[]> claims = ArchiveImportRulesTests.with(ArchiveScene.unzip(out.toByteArray()), (p) -> {
			p.put("submittedAt", "2026-11-01T10:00:00Z");
			for (JsonNode node : p.path("sections")) {
				ObjectNode section = (ObjectNode) node;
				section.put("status", "APPROVED");
				section.put("readyForReviewSince", "2026-10-01T09:00:00Z");
				section.put("approvedAt", "2026-10-02T09:00:00Z");
				section.put("approvedBy", "Dr Ruth Okafor");
			}
		});
		Path zip = Files.createTempFile("chartfolio-claims-", ".zip");
		Files.write(zip, ArchiveScene.zip(claims));

		SignedInUser importer = this.fixtures.person("Omar Importer");
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
