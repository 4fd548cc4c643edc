package org.chartfolio.archive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@BrowserTest
class ArchiveJourneyBrowserTests extends BrowserJourney {

	@LocalServerPort
	private int port;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private PortfolioService portfolios;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCandidateExportsTheZipAnotherPersonImportsItRefusesAHostileOneAndFreezesASubmittedCopy() throws Exception {
		Portfolio p = this.scene.candidate("Lisa Candidate").portfolio("certification");
		this.scene.evidence(p,
				evidence("Reading challenge report").kind(EvidenceKind.DOCUMENT).description("The summer report"),
				"report.pdf", TestFiles.PDF);
		// Two scans that do not compress make the ZIP larger than any one evidence upload
		// may be.
		byte[] scan = scan(14 * 1024 * 1024);
		for (String name : List.of("scan-one.pdf", "scan-two.pdf")) {
			this.scene.evidence(p, evidence("Scanned " + name).kind(EvidenceKind.DOCUMENT), name, scan);
		}
		this.scene.write(p, p.section(0).id(), "I ran the summer reading challenge [E1].");

		signIn(p.candidate());
		this.browser.open(p.path());
		this.browser.click("Your data");
		assertThat(this.browser.mainText()).contains("Export everything as a ZIP");
		String href = this.browser.driver().findElement(By.cssSelector("a.export-zip")).getAttribute("href");
		HttpResponse<byte[]> download = get(href);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(".zip");
		Map<String, byte[]> entries = ArchiveScene.unzip(download.body());
		assertThat(entries).containsKeys("portfolio.json", "files/E1/1-report.pdf");
		assertThat(download.body().length).as("the ZIP is larger than an evidence upload may be")
			.isGreaterThan(25 * 1024 * 1024);
		Path zip = Files.createTempFile("chartfolio-journey-", ".zip");
		Files.write(zip, download.body());
		signOut();

		SignedInUser other = this.scene.person("Omar Other");
		signIn(other);
		this.browser.click("Import a portfolio");
		this.browser.driver().findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
		this.browser.click("Import");
		assertThat(this.browser.mainText()).contains("The portfolio was imported.")
			.contains("My certification portfolio");
		String imported = this.browser.path();
		this.browser.open(imported + "/sections/" + this.portfolios.view(other, idOf(imported)).sections().get(0).id());
		assertThat(this.browser.mainText()).contains("I ran the summer reading challenge");
		this.browser.open(imported + "/evidence/1");
		assertThat(this.browser.mainText()).contains("Reading challenge report").contains("report.pdf");
		String file = this.browser.driver().findElement(By.partialLinkText("report.pdf")).getAttribute("href");
		assertThat(get(file).body()).isEqualTo(TestFiles.PDF);
		this.browser.open(imported + "/evidence/3");
		String bigFile = this.browser.driver().findElement(By.partialLinkText("scan-two.pdf")).getAttribute("href");
		assertThat(get(bigFile).body()).isEqualTo(scan);

		Path hostile = Files.createTempFile("chartfolio-hostile-", ".zip");
		Files.writeString(hostile, "not a zip at all", StandardCharsets.UTF_8);
		this.browser.open("/portfolios/import");
		this.browser.driver().findElement(By.id("file")).sendKeys(hostile.toAbsolutePath().toString());
		this.browser.click("Import");
		assertThat(this.browser.text("#file-error")).contains("This file is not a ZIP file, or it is damaged.");
		assertThat(this.browser.text(".error-summary")).contains("This file is not a ZIP file");

		this.browser.open(imported + "/archive");
		this.browser.click("Freeze a submitted copy");
		assertThat(this.browser.text(".submitted-copy-banner")).contains("This is the submitted copy of");
		String copy = this.browser.path();
		assertThat(copy).isNotEqualTo(imported);
		this.browser.open(copy + "/evidence/new");
		assertThat(this.browser.mainText()).contains("This is the copy submitted on").contains("it cannot be changed");
		this.browser.open("/");
		assertThat(this.browser.mainText()).contains("Submitted copy of");
		Files.deleteIfExists(zip);
		Files.deleteIfExists(hostile);
	}

	private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
		String session = this.browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		URI uri = url.startsWith("http") ? URI.create(url) : URI.create("http://localhost:" + this.port + url);
		return this.http.send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] scan(int size) {
		byte[] bytes = new byte[size];
		new java.util.Random(7).nextBytes(bytes);
		System.arraycopy(TestFiles.PDF, 0, bytes, 0, TestFiles.PDF.length);
		return bytes;
	}

	private static long idOf(String path) {
		return Long.parseLong(path.replaceAll("^/portfolios/(\\d+).*$", "$1"));
	}

	private void signIn(SignedInUser user) {
		this.browser.open("/login").fill("username", user.email()).fill("password", Fixtures.PASSWORD).click("Sign in");
	}

	private void signOut() {
		this.browser.driver().manage().deleteAllCookies();
	}

}
