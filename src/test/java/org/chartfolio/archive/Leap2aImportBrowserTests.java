package org.chartfolio.archive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class Leap2aImportBrowserTests extends BrowserJourney {

	@LocalServerPort
	private int port;

	@Autowired
	private Fixtures fixtures;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCandidateImportsAMaharaExportChoosesWhatComesInAndFindsTheItemsNumberedTaggedDatedWithFiles()
			throws Exception {
		SignedInUser candidate = this.fixtures.person("Priya Librarian");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		Path hostile = Files.createTempFile("chartfolio-leap2a-xxe-", ".xml");
		Files.writeString(hostile, Leap2aFixtures.XXE, StandardCharsets.UTF_8);
		Path zip = Files.createTempFile("chartfolio-leap2a-mahara-", ".zip");
		Files.write(zip, Leap2aFixtures.mahara());

		this.browser.open("/login")
			.fill("username", candidate.email())
			.fill("password", Fixtures.PASSWORD)
			.click("Sign in");
		this.browser.open("/portfolios/" + portfolio + "/evidence");
		this.browser.click("Import evidence from another ePortfolio");
		this.browser.driver().findElement(By.id("file")).sendKeys(hostile.toAbsolutePath().toString());
		this.browser.click("Upload and preview");
		assertThat(this.browser.text("#file-error")).contains("declares a document type or entities");
		assertThat(this.browser.text(".error-summary")).contains("declares a document type or entities");

		this.browser.driver().findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
		this.browser.click("Upload and preview");
		assertThat(this.browser.mainText()).contains("Nothing has been written yet")
			.contains("Freshers' fair stand")
			.contains("Complete a First Aid course")
			.contains("Its parts:")
			.contains("Not brought in, and why");
		this.browser.driver().findElement(By.id("pick-e3")).click();
		this.browser.driver().findElement(By.id("tasksAsGoals")).click();
		this.browser.click("Bring in the ticked items");

		assertThat(this.browser.path()).isEqualTo("/portfolios/" + portfolio + "/evidence");
		String list = this.browser.mainText();
		assertThat(list).contains("The chosen items were imported")
			.contains("E1")
			.contains("Induction session handout.pdf")
			.contains("E2")
			.contains("Freshers' fair stand")
			.contains("E3")
			.contains("Outreach page")
			.contains("induction")
			.contains("outreach")
			.contains("2023")
			.doesNotContain("E4");

		this.browser.open("/portfolios/" + portfolio + "/evidence/2");
		assertThat(this.browser.mainText()).contains("[Image: stand.png, kept with this item]");
		String image = this.browser.driver().findElement(By.partialLinkText("stand.png")).getAttribute("href");
		assertThat(get(image)).isEqualTo(Leap2aFixtures.PNG);
		this.browser.open("/portfolios/" + portfolio + "/evidence/1");
		String pdf = this.browser.driver()
			.findElement(By.partialLinkText("Induction session handout.pdf"))
			.getAttribute("href");
		assertThat(get(pdf)).isEqualTo(TestFiles.PDF);
		this.browser.open("/portfolios/" + portfolio + "/plan");
		assertThat(this.browser.mainText()).contains("Complete a First Aid course");
		Files.deleteIfExists(zip);
		Files.deleteIfExists(hostile);
	}

	private byte[] get(String url) throws Exception {
		String session = this.browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		URI uri = url.startsWith("http") ? URI.create(url) : URI.create("http://localhost:" + this.port + url);
		return this.http
			.send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.body();
	}

}
