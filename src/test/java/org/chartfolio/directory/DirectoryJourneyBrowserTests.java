package org.chartfolio.directory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@BrowserTest
class DirectoryJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Test
	void aMentorListsThemselvesAndACandidateAsksThemWithTheirCv() throws Exception {
		SignedInUser mentor = this.scene.person("Morag Fielding");
		Portfolio p = this.scene.candidate("Priya Patel").portfolio("chartership");
		this.scene.evidence(p, evidence("Annotated CV").kind(EvidenceKind.DOCUMENT), "priya-cv.pdf", TestFiles.PDF);

		signInAtHome(mentor);
		this.browser.click("Mentor directory");
		this.browser.click("List yourself as a mentor");
		this.browser.click("List me as a mentor");
		assertThat(this.browser.mainText()).contains("Choose the region where you can meet mentees")
			.contains("Write a short introduction for candidates");
		select("region", "Scotland");
		select("sector", "Archives and records");
		this.browser.fill("capacity", "2").fill("introduction", "Archivist in Glasgow; happy to meet by video.");
		this.browser.click("List me as a mentor");
		assertThat(this.browser.mainText()).contains("Your mentor listing is saved.")
			.contains("Your listing is in the directory.")
			.contains("You mentor 0 of the 2 candidates you can take.");
		this.browser.click("Sign out");

		signInAtHome(p.candidate());
		this.browser.click("Mentor directory");
		select("filter-my-sector", "Public libraries");
		select("filter-region", "Scotland");
		select("filter-sector", "Archives and records");
		this.browser.click("Show mentors");
		assertThat(this.browser.mainText()).contains("Morag Fielding")
			.contains("Another sector from yours")
			.contains("Archivist in Glasgow");
		// Other tests may list mentors in the same region and sector: ask the one in
		// Morag's card.
		String ask = this.browser.driver()
			.findElement(By.xpath("//li[contains(@class, 'mentor-card')][contains(., 'Morag Fielding')]//a"))
			.getDomAttribute("href");
		this.browser.open(ask);
		assertThat(this.browser.mainText()).contains("Ask Morag Fielding to be your mentor");
		this.browser.click("Send request");
		assertThat(this.browser.mainText()).contains("Choose the portfolio you would like mentoring for")
			.contains("Write a short message to the mentor");
		select("portfolioId", "My chartership portfolio");
		select("cvEvidenceId", "E1: Annotated CV");
		this.browser.fill("message", "I work in a public library in Leith and would value an archivist's view.");
		this.browser.click("Send request");
		assertThat(this.browser.mainText()).contains("Your request is sent").contains("Waiting for an answer");
		this.browser.click("Sign out");

		signInAtHome(mentor);
		assertThat(this.browser.mainText()).contains("You have 1 mentoring request waiting for your answer.");
		this.browser.click("Read and answer them");
		this.browser.click("Priya Patel: My chartership portfolio");
		assertThat(this.browser.mainText()).contains("I work in a public library in Leith")
			.contains("works in: Public libraries");
		String href = this.browser.find("Download priya-cv.pdf").getDomAttribute("href");
		HttpResponse<byte[]> download = fetch(href);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("priya-cv.pdf");
		assertThat(download.body()).isEqualTo(TestFiles.PDF);
		this.browser.click("Accept and become the mentor");
		assertThat(this.browser.mainText()).contains("Request accepted. You are now the mentor of this portfolio.")
			.contains("Accepted");
		assertThat(fetch(href).statusCode()).isEqualTo(404);
		this.browser.click("Sign out");

		signInAtHome(p.candidate());
		this.browser.click("Mentor directory");
		this.browser.click("Mentoring requests");
		assertThat(this.browser.text(".sent-requests")).contains("Morag Fielding").contains("Accepted");
		this.browser.click("Morag Fielding: My chartership portfolio");
		this.browser.click("See who can see this portfolio");
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + p.id() + "/people");
		assertThat(this.browser.text(".member")).contains("Morag Fielding").contains("Mentor");
		assertThat(this.browser.mainText()).contains(
				"Morag Fielding accepted the mentoring request from Priya Patel in the mentor directory and became Mentor");
		assertThat(this.browser.pagesChecked()).isGreaterThan(10);
	}

	private void select(String id, String visibleText) {
		new Select(this.browser.driver().findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	/** Fetches a link with the browser's session, as a download would. */
	private HttpResponse<byte[]> fetch(String path) throws Exception {
		String session = this.browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		String base = this.browser.driver().getCurrentUrl().replaceFirst("^(https?://[^/]+).*$", "$1");
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Cookie", "JSESSIONID=" + session)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
