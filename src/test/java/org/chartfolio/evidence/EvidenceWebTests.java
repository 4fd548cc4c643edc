package org.chartfolio.evidence;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EvidenceWebTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Pages html;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private EvidenceReading reading;

	@Autowired
	private EvidencePages pages;

	@Autowired
	private EvidenceEditing editing;

	@Autowired
	private org.chartfolio.support.Fixtures fixtures;

	private EvidenceSummary photo;

	private long imageId;

	private long pdfId;

	private Portfolio portfolio;

	@BeforeEach
	void aPortfolioWithAPhoto() {
		this.portfolio = this.scene.candidate("Web Candidate").portfolio("certification");
		this.photo = this.editing.create(this.portfolio.candidate(), this.portfolio.id(),
				evidence("Summer display").kind(EvidenceKind.PHOTO)
					.description("First line\nSecond line <b>not bold</b>")
					.link("https://example.org/display")
					.tags("displays")
					.build(),
				List.of(new Upload("display.png", TestFiles.png().length, new ByteArrayResource(TestFiles.png())),
						new Upload("plan.pdf", TestFiles.PDF.length, new ByteArrayResource(TestFiles.PDF))));
		List<EvidenceFileView> files = this.pages.details(this.portfolio.candidate(), this.portfolio.id(), 1).files();
		this.imageId = files.get(0).id();
		this.pdfId = files.get(1).id();
	}

	@Test
	void downloadsAreAttachmentsThatAreNeverSniffed() throws Exception {
		this.mvc.perform(get(base() + "/1/files/" + this.pdfId).with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_LENGTH, String.valueOf(TestFiles.PDF.length)))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("plan.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(TestFiles.PDF));

		this.mvc
			.perform(get(base() + "/1/files/" + this.pdfId).param("inline", "").with(user(this.portfolio.candidate())))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")));
		this.mvc
			.perform(
					get(base() + "/1/files/" + this.imageId).param("inline", "").with(user(this.portfolio.candidate())))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("inline")));
		this.mvc.perform(get(base() + "/1/files/" + this.imageId + "/thumbnail").with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void everyEvidenceAndFileAddressIsNotFoundForSomeoneElse() throws Exception {
		SignedInUser stranger = this.fixtures.person("Stranger");
		this.evidence.add(this.portfolio.candidate(), this.portfolio.id(), details("To be binned"));
		this.editing.moveToBin(this.portfolio.candidate(), this.portfolio.id(), 2);
		String file = base() + "/1/files/" + this.imageId;
		List<java.util.function.Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests = List.of(
				() -> get(base()), () -> get(base() + "/new"), () -> get(base() + "/1"), () -> get(base() + "/1/edit"),
				() -> get(base() + "/1/delete"), () -> get(base() + "/bin"), () -> get(file),
				() -> get(file).param("inline", ""), () -> get(file + "/thumbnail"),
				() -> multipart(base() + "/new").param("title", "Sneaky").with(csrf()),
				() -> multipart(base() + "/1/edit").param("title", "Sneaky").param("version", "0").with(csrf()),
				() -> multipart(base() + "/capture").param("title", "Sneaky").param("note", "x").with(csrf()),
				() -> post(base() + "/1/delete").with(csrf()), () -> post(base() + "/2/restore").with(csrf()));
		for (java.util.function.Supplier<AbstractMockHttpServletRequestBuilder<?>> request : requests) {
			this.mvc.perform(request.get()).andExpect(status().is3xxRedirection());
			org.springframework.test.web.servlet.MvcResult result = this.mvc.perform(request.get().with(user(stranger)))
				.andReturn();
			assertThat(result.getResponse().getStatus())
				.as(() -> result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
				.isEqualTo(404);
		}
		assertThat(this.pages.details(this.portfolio.candidate(), this.portfolio.id(), 1).title())
			.isEqualTo("Summer display");
		assertThat(this.reading.binned(this.portfolio.candidate(), this.portfolio.id())).hasSize(1);
		assertThat(this.reading.countLive(this.portfolio.candidate(), this.portfolio.id())).isEqualTo(1);
	}

	@Test
	void thePageShowsTextAsTextAndSaysWhenNothingCitesTheItem() throws Exception {
		assertThat(this.html.as(this.portfolio.candidate(), base() + "/1")).contains(
				"Second line &lt;b&gt;not bold&lt;/b&gt;", "rel=\"noopener noreferrer\"",
				"This item is not cited anywhere yet.", "/files/" + this.pdfId + "\"");
	}

	@Test
	void aFileOverTheLimitIsRefusedNextToTheField() throws Exception {
		byte[] big = new byte[25 * 1024 * 1024 + 1];
		this.mvc
			.perform(multipart(base() + "/new").file(new MockMultipartFile("files", "huge.pdf", "application/pdf", big))
				.param("title", "Huge scan")
				.with(csrf())
				.with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"files-error\"")))
			.andExpect(content().string(containsString("huge.pdf is too big: each file must be 25 MB or smaller")))
			.andExpect(content().string(containsString("value=\"Huge scan\"")));
		assertThat(this.reading.countLive(this.portfolio.candidate(), this.portfolio.id())).isEqualTo(1);
	}

	@Test
	void aDisguisedExecutableIsRefusedWithAClearMessage() throws Exception {
		this.mvc
			.perform(multipart(base() + "/new")
				.file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", FileIntakeTests.windowsExecutable()))
				.param("title", "Totally a photo")
				.with(csrf())
				.with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("photo.jpg is not a type of file Chartfolio keeps")));
		assertThat(this.reading.countLive(this.portfolio.candidate(), this.portfolio.id())).isEqualTo(1);
	}

	@Test
	void aStaleEditKeepsWhatWasTypedAndSaysWhy() throws Exception {
		long opened = this.pages.details(this.portfolio.candidate(), this.portfolio.id(), 1).version();
		this.editing.update(this.portfolio.candidate(), this.portfolio.id(), 1, opened,
				details("Changed in another tab"), null, List.of());

		this.mvc.perform(editFirst("My careful rewrite", "PHOTO", String.valueOf(opened), "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("changed somewhere else")))
			.andExpect(content().string(containsString("value=\"My careful rewrite\"")))
			.andExpect(content().string(not(containsString("value=\"" + opened + "\""))));
		assertThat(this.pages.details(this.portfolio.candidate(), this.portfolio.id(), 1).title())
			.isEqualTo("Changed in another tab");
	}

	@Test
	void renumberingToATakenNumberIsRefusedNextToTheField() throws Exception {
		this.evidence.add(this.portfolio.candidate(), this.portfolio.id(), details("Second"));
		long version = this.pages.details(this.portfolio.candidate(), this.portfolio.id(), 1).version();
		this.mvc.perform(editFirst("Summer display", "PHOTO", String.valueOf(version), "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"number-error\"")))
			.andExpect(content().string(containsString("E2 is already used by another item")));
	}

	@Test
	void quickCaptureGoesBackOnlyToAPortfolioPage() throws Exception {
		this.mvc
			.perform(multipart(base() + "/capture").param("title", "Idea")
				.param("note", "Ask about the reading group")
				.param("returnTo", "/portfolios/" + this.portfolio.id())
				.with(csrf())
				.with(user(this.portfolio.candidate())))
			.andExpect(redirectedUrl("/portfolios/" + this.portfolio.id()))
			.andExpect(flash().attribute("captured", "E2"));
		for (String elsewhere : List.of("https://evil.example/", "//evil.example/portfolios/", "/account",
				"/portfolios/../account", "/portfolios/1\r\nX: y")) {
			this.mvc
				.perform(multipart(base() + "/capture").param("title", "Idea")
					.param("note", "A note")
					.param("returnTo", elsewhere)
					.with(csrf())
					.with(user(this.portfolio.candidate())))
				.andExpect(redirectedUrl(base()));
		}
		this.mvc
			.perform(multipart(base() + "/capture").param("title", "Nothing attached")
				.param("returnTo", "/portfolios/" + this.portfolio.id())
				.with(csrf())
				.with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file or write a note")));
	}

	@Test
	void quickCaptureTakesTheFileNameWhenNoTitleIsGivenAndOffersPhonesTheCamera() throws Exception {
		MockMultipartFile photo = new MockMultipartFile("file", "Summer reading display_2026.png", "image/png",
				TestFiles.png());
		this.mvc
			.perform(multipart(base() + "/capture").file(photo)
				.param("title", "")
				.param("returnTo", base())
				.with(csrf())
				.with(user(this.portfolio.candidate())))
			.andExpect(redirectedUrl(base()))
			.andExpect(flash().attribute("captured", "E2"));
		this.mvc.perform(get(base()).with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("Summer reading display 2026")));

		this.mvc
			.perform(multipart(base() + "/capture").param("title", " ")
				.param("note", "A thought to keep")
				.with(csrf())
				.with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Enter a title, or choose a file and its name will be the title")))
			.andExpect(content().string(containsString("A thought to keep")));

		this.mvc.perform(get(base() + "/capture").with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("accept=\"image/*,application/msword,")));
	}

	@Test
	void theQuickCaptureAndDeletePagesSayWhereTheyAreInThePortfolio() throws Exception {
		String portfolioLink = "href=\"/portfolios/" + this.portfolio.id() + "\"";
		assertThat(this.html.as(this.portfolio.candidate(), base() + "/capture")).contains(portfolioLink,
				"<a href=\"" + base() + "\">Evidence</a>", "aria-current=\"page\">Quick capture</li>", "portfolio-nav");
		assertThat(this.html.as(this.portfolio.candidate(), base() + "/1/delete")).contains(portfolioLink,
				"<a href=\"" + base() + "/1\">E1</a>", "aria-current=\"page\">Delete E1?</li>", "portfolio-nav");
	}

	private String base() {
		return "/portfolios/" + this.portfolio.id() + "/evidence";
	}

	private static EvidenceService.EvidenceDetails details(String title) {
		return evidence(title).build();
	}

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private static final byte[] VBSCRIPT = "<script language=\"VBScript\">\nSet shell = CreateObject(\"WScript.Shell\")\nshell.Run \"calc\"\n</script>\n"
		.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@Test
	void aTextFileNamedAsAnHtaIsKeptAndDownloadedAsTxt() throws Exception {
		this.mvc
			.perform(multipart(base() + "/new")
				.file(new MockMultipartFile("files", "minutes.hta", "application/hta", VBSCRIPT))
				.param("title", "Committee minutes")
				.param("kind", "MINUTES")
				.with(csrf())
				.with(user(this.portfolio.candidate())))
			.andExpect(status().is3xxRedirection());
		EvidenceFileView file = this.pages.details(this.portfolio.candidate(), this.portfolio.id(), 2).files().get(0);
		assertThat(file.name()).isEqualTo("minutes.txt");

		this.mvc.perform(get(base() + "/2/files/" + file.id()).with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/plain")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("filename=\"minutes.txt\"")));
	}

	@Test
	void aNameStoredBeforeTheRuleStillNeverReachesADownloadWithItsExecutableExtension() throws Exception {
		this.jdbc.sql("update evidence_file set original_name = 'plan.pdf.lnk' where id = ?")
			.param(this.pdfId)
			.update();

		this.mvc.perform(get(base() + "/1/files/" + this.pdfId).with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("filename=\"plan.pdf\"")));
	}

	/** The candidate's edit form for item E1, sent with these answers. */
	private RequestBuilder editFirst(String title, String kind, String version, String number) {
		return multipart(base() + "/1/edit").param("title", title)
			.param("kind", kind)
			.param("version", version)
			.param("number", number)
			.with(csrf())
			.with(user(this.portfolio.candidate()));
	}

}
