package org.chartfolio.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.evidence.EvidenceTransfer.ItemData;
import org.chartfolio.plan.PlanTransfer;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing evidence from Leap2A exports shaped like Mahara's and PebblePad's: the
 * preview writes nothing, the chosen items arrive numbered, tagged, dated and with their
 * files, and every hostile upload is refused with its reason and leaves nothing behind.
 */
@IntegrationTest
class Leap2aImportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Pages pages;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EvidenceTransfer evidence;

	@Autowired
	private PlanTransfer plan;

	@Autowired
	private PortfolioMemberships memberships;

	@Test
	void anUploadTheServerRefusedAsTooLargeIsExplainedNextToTheFileField() throws Exception {
		SignedInUser candidate = this.fixtures.person("Priya Librarian");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");

		this.mvc
			.perform(get("/portfolios/" + portfolio + "/evidence/import/new").param("tooLarge", "")
				.with(user(candidate)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"file-error\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("This file is larger than a Leap2A upload may be.")));
	}

	@Test
	void aMaharaExportIsPreviewedWithoutWritingAndTheChosenItemsArriveNumberedTaggedDatedWithTheirFiles()
			throws Exception {
		SignedInUser candidate = this.fixtures.person("Priya Librarian");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		String preview = upload(candidate, portfolio, Leap2aFixtures.mahara(), "mahara-export.zip");

		String page = this.pages.as(candidate, preview);
		assertThat(page).contains("Induction session handout.pdf", "Freshers&#39; fair stand", "Outreach page",
				"Professional development plan", "Complete a First Aid course", "12 September 2023",
				"tags: induction, teaching", "from Mahara, in &quot;My Chartership journal&quot;", "Priya Librarian",
				"a journal or folder");
		assertThat(page).doesNotContain("alert(");
		assertThat(items(portfolio)).as("the preview writes nothing").isEmpty();

		this.mvc
			.perform(post(preview).with(user(candidate))
				.with(csrf())
				.param("selected", "e2", "e5", "e6", "e7")
				.param("tasksAsGoals", "true")
				.param("pages", "whole"))
			.andExpect(status().is3xxRedirection());

		List<ItemData> items = items(portfolio);
		assertThat(items).extracting(ItemData::number).containsExactly(1, 2, 3);
		ItemData handout = items.get(0);
		assertThat(handout.title()).isEqualTo("Induction session handout.pdf");
		assertThat(handout.kind()).isEqualTo("DOCUMENT");
		assertThat(handout.activityDate()).isEqualTo(LocalDate.of(2023, 9, 12));
		assertThat(handout.tags()).containsExactly("induction", "teaching");
		assertThat(handout.description()).isEqualTo("Handout for the library induction, September 2023.");
		assertThat(handout.reflection()).isEqualTo("The handout I wrote for new students.");
		assertThat(handout.files()).singleElement().satisfies((f) -> {
			assertThat(f.contentType()).isEqualTo("application/pdf");
			assertThat(f.size()).isEqualTo(TestFiles.PDF.length);
		});
		byte[] download = this.mvc
			.perform(
					get("/portfolios/" + portfolio + "/evidence/1/files/" + fileId(portfolio, 1)).with(user(candidate)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(download).isEqualTo(TestFiles.PDF);

		ItemData post = items.get(1);
		assertThat(post.kind()).isEqualTo("NOTE");
		assertThat(post.title()).isEqualTo("Freshers' fair stand");
		assertThat(post.activityDate()).isEqualTo(LocalDate.of(2023, 10, 5));
		assertThat(post.tags()).containsExactlyInAnyOrder("outreach", "reflection");
		assertThat(post.description()).contains("We ran a stand at the freshers' fair & signed up 120 students.")
			.contains("[Image: stand.png, kept with this item]")
			.contains("- What went well: the quiz")
			.contains("CILIP (https://www.cilip.org.uk/)")
			.doesNotContain("alert")
			.doesNotContain("<");
		assertThat(post.files()).singleElement().satisfies((f) -> assertThat(f.name()).isEqualTo("stand.png"));

		ItemData outreach = items.get(2);
		assertThat(outreach.description()).contains("What I did to reach new students.")
			.contains("Parts:\n- Induction session handout.pdf\n- Freshers' fair stand");

		assertThat(this.plan.export(portfolio)).singleElement().satisfies((goal) -> {
			assertThat(goal.title()).isEqualTo("Complete a First Aid course");
			assertThat(goal.targetDate()).isEqualTo(LocalDate.of(2024, 3, 31));
			assertThat(goal.actions()).isEqualTo("Book the St John Ambulance course.");
			assertThat(goal.reason()).contains("Professional development plan");
		});
		assertThat(uploads(portfolio)).as("the upload is forgotten once imported").isZero();
		this.mvc.perform(get(preview).with(user(candidate))).andExpect(status().isNotFound());
	}

	@Test
	void aPageMayComeInAsItsPartsAndAPlanAsOneNoteListingItsTasks() throws Exception {
		SignedInUser candidate = this.fixtures.person("Priya Librarian");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		String preview = upload(candidate, portfolio, Leap2aFixtures.mahara(), "export.zip");
		this.mvc.perform(
				post(preview).with(user(candidate)).with(csrf()).param("selected", "e6", "e7").param("pages", "parts"))
			.andExpect(status().is3xxRedirection());
		List<ItemData> items = items(portfolio);
		assertThat(items).extracting(ItemData::title)
			.containsExactly("Induction session handout.pdf", "Freshers' fair stand", "Professional development plan");
		assertThat(items.get(2).description()).contains("Tasks:\n- Complete a First Aid course (target 2024-03-31)");
		assertThat(this.plan.export(portfolio)).isEmpty();
	}

	@Test
	void aPebblePadExportBringsAFileAWebLinkAndANoteAndSaysWhatItLeftOutAndWhy() throws Exception {
		SignedInUser candidate = this.fixtures.person("Someone Else");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		String preview = upload(candidate, portfolio, Leap2aFixtures.pebblePad(), "pebblepad.zip");
		String page = this.pages.as(candidate, preview);
		assertThat(page).contains("Meeting with the records team", "a &quot;meeting&quot; entry", "Lost scan",
				"its file assets/files/missing.pdf is not in the ZIP", "from PebblePad");
		this.mvc.perform(post(preview).with(user(candidate)).with(csrf()).param("selected", "e0", "e1", "e3"))
			.andExpect(status().is3xxRedirection());
		List<ItemData> items = items(portfolio);
		assertThat(items).extracting(ItemData::kind).containsExactly("FEEDBACK", "WEB_PAGE", "NOTE");
		assertThat(items.get(0).tags()).containsExactly("records management");
		assertThat(items.get(0).description()).startsWith("Feedback on the retention schedule I drafted.")
			.endsWith("Written by Sam Archivist.");
		assertThat(items.get(0).files()).singleElement()
			.satisfies((f) -> assertThat(f.contentType()).isEqualTo("text/plain"));
		assertThat(items.get(1).link()).isEqualTo("https://www.nationalarchives.gov.uk/information-management/");
		assertThat(items.get(2).activityDate()).isEqualTo(LocalDate.of(2024, 2, 4));
	}

	@Test
	void aBareLeap2aXmlIsReadAndEntriesWhoseFilesAreInTheZipAreSkippedWithTheReason() throws Exception {
		SignedInUser candidate = this.fixtures.person("Sam Archivist");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		String preview = upload(candidate, portfolio,
				Leap2aFixtures.feed("pebblepad.xml").getBytes(StandardCharsets.UTF_8), "leap2a.xml");
		String page = this.mvc.perform(get(preview).with(user(candidate)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("upload the whole ZIP to bring it in")
			.contains("The National Archives: retention guidance");
	}

	@Test
	void hostileUploadsAreEachRefusedWithTheirReasonAndNothingIsKeptOrWritten() throws Exception {
		SignedInUser candidate = this.fixtures.person("Hostile Tester");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
		cases.put("declares a document type or entities", Leap2aFixtures.XXE.getBytes(StandardCharsets.UTF_8));
		cases.put("declares a document type or entities ",
				Leap2aFixtures.BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8));
		cases.put("a name that is not allowed", Leap2aFixtures
			.zip(Map.of("leap2a.xml", Leap2aFixtures.oneFile("../../etc/passwd").getBytes(StandardCharsets.UTF_8))));
		cases.put("is not a type of file Chartfolio keeps",
				Leap2aFixtures.zip(Map.of("leap2a.xml",
						Leap2aFixtures.oneFile("files/report.pdf").getBytes(StandardCharsets.UTF_8), "files/report.pdf",
						"<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8))));
		byte[] big = new byte[26 * 1024 * 1024];
		new Random(3).nextBytes(big);
		System.arraycopy(TestFiles.PDF, 0, big, 0, TestFiles.PDF.length);
		cases.put("is larger than an evidence file may be", Leap2aFixtures.zip(Map.of("leap2a.xml",
				Leap2aFixtures.oneFile("files/report.pdf").getBytes(StandardCharsets.UTF_8), "files/report.pdf", big)));
		cases.put("is not a Leap2A export", "just some text".getBytes(StandardCharsets.UTF_8));
		cases.put("names must stay inside the ZIP", Leap2aFixtures.zip(Map.of("leap2a.xml",
				Leap2aFixtures.oneFile("files/a.pdf").getBytes(StandardCharsets.UTF_8), "../evil.pdf", TestFiles.PDF)));
		for (Map.Entry<String, byte[]> hostile : cases.entrySet()) {
			MvcResult result = this.mvc
				.perform(ArchiveScene.leap2aUpload(candidate, portfolio, "upload.zip", "application/zip",
						hostile.getValue()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(hostile.getKey()).isEqualTo(200);
			String body = result.getResponse().getContentAsString();
			assertThat(body).as(hostile.getKey()).contains(hostile.getKey().strip()).contains("error-summary");
			assertThat(body).as(hostile.getKey()).doesNotContain("root:");
		}
		assertThat(uploads(portfolio)).isZero();
		assertThat(items(portfolio)).isEmpty();
	}

	@Test
	void nobodyButTheUploaderSeesOrUsesAnUploadAndAMentorCannotImport() throws Exception {
		SignedInUser candidate = this.fixtures.person("Priya Librarian");
		SignedInUser mentor = this.fixtures.person("Mo Mentor");
		SignedInUser stranger = this.fixtures.person("Stranger");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		this.memberships.join(portfolio, mentor, PortfolioRole.MENTOR);
		String preview = upload(candidate, portfolio, Leap2aFixtures.mahara(), "export.zip");
		long own = this.fixtures.portfolio(stranger, "chartership");
		String elsewhere = preview.replace("/portfolios/" + portfolio + "/", "/portfolios/" + own + "/");
		for (SignedInUser other : List.of(mentor, stranger)) {
			for (MockHttpServletRequestBuilder request : List.of(get(preview), post(preview).param("selected", "e2"),
					post(preview + "/discard"), get("/portfolios/" + portfolio + "/evidence/import/new"))) {
				this.mvc.perform(request.with(user(other)).with(csrf())).andExpect(status().isNotFound());
			}
		}
		this.mvc.perform(get(elsewhere).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/portfolios/" + portfolio + "/evidence/import/not-a-uuid").with(user(candidate)))
			.andExpect(status().isNotFound());
		assertThat(items(portfolio)).isEmpty();
		assertThat(uploads(portfolio)).isEqualTo(1);

		String page = this.mvc.perform(post(preview).with(user(candidate)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tick at least one item to bring in");
		this.mvc.perform(post(preview + "/discard").with(user(candidate)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(uploads(portfolio)).isZero();
	}

	private String upload(SignedInUser user, long portfolio, byte[] content, String name) throws Exception {
		String location = ArchiveScene.leap2aPreview(this.mvc, user, portfolio, name, "application/octet-stream",
				content);
		assertThat(location).matches("/portfolios/" + portfolio + "/evidence/import/[0-9a-f-]{36}");
		return location;
	}

	private List<ItemData> items(long portfolio) {
		return this.evidence.export(portfolio).items();
	}

	private long fileId(long portfolio, int number) {
		return this.evidence.export(portfolio)
			.items()
			.stream()
			.filter((i) -> i.number() == number)
			.findFirst()
			.orElseThrow()
			.files()
			.get(0)
			.id();
	}

	private int uploads(long portfolio) {
		return this.jdbc.sql("select count(*) from leap2a_upload where portfolio_id = ?")
			.param(portfolio)
			.query(Integer.class)
			.single();
	}

}
