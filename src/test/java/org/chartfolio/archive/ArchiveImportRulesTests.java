package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdTransfer;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.meeting.MeetingTransfer;
import org.chartfolio.pksb.PksbTransfer;
import org.chartfolio.plan.PlanTransfer;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.review.ReviewTransfer;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.writing.WritingTransfer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import holds to the forms' rules: a text longer than its form allows, a number or a
 * date out of range refuses the whole import, with a message on the import page naming
 * what and where, and nothing written. The limits are the modules' own constants.
 */
@IntegrationTest
class ArchiveImportRulesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private ArchiveService archive;

	@Autowired
	private ArchiveScene scene;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aStatementLongerThanTheEditorAllowsIsRefusedNamingTheSectionAndBothLengths() throws Exception {
		Map<String, byte[]> valid = validExport();
		int tooLong = 3_000_000;
		assertRefused(valid, (p) -> section(p, 2).put("text", words(tooLong)),
				"Section 3&#39;s text is 3,000,000 characters; the most a section&#39;s text can hold is "
						+ grouped(WritingTransfer.MAX_TEXT_LENGTH));
		assertRefused(valid, (p) -> ((ObjectNode) section(p, 0).path("revisions").get(0)).put("text",
				"x".repeat(WritingTransfer.MAX_TEXT_LENGTH + 1)), "Revision 1 of section 1 is");
		// Exactly at the limit is allowed: the rule is the editor's, not a stricter one.
		assertThat(importOf(valid, (p) -> section(p, 1).put("text", "x".repeat(WritingTransfer.MAX_TEXT_LENGTH))))
			.isPositive();
	}

	@Test
	void everyKindOfTextIsHeldToItsFormsLimit() throws Exception {
		Map<String, byte[]> valid = validExport();
		assertRefused(valid, (p) -> p.put("title", "t".repeat(PortfolioTransfer.MAX_TITLE_LENGTH + 1)),
				"The portfolio&#39;s title is");
		assertRefused(valid, (p) -> ((ObjectNode) section(p, 0).path("citations").get(0)).put("note",
				"n".repeat(WritingTransfer.MAX_NOTE_LENGTH + 1)), "A citation note in section 1 is");
		assertRefused(valid, (p) -> comment(p).put("text", "c".repeat(ReviewTransfer.MAX_COMMENT_LENGTH + 1)),
				"A comment in section 1 is " + grouped(ReviewTransfer.MAX_COMMENT_LENGTH + 1) + " characters");
		assertRefused(valid, (p) -> comment(p).put("authorName", "N".repeat(200)), "A name in section 1 is 200");
		assertRefused(valid, (p) -> evidence(p, 0).put("title", "e".repeat(EvidenceTransfer.MAX_TITLE_LENGTH + 1)),
				"The title of E1 is");
		assertRefused(valid, (p) -> evidence(p, 0).put("description", "d".repeat(EvidenceTransfer.MAX_TEXT_LENGTH + 1)),
				"The description of E1 is");
		assertRefused(valid, (p) -> evidence(p, 0).put("whatItShows", "w".repeat(EvidenceTransfer.MAX_TEXT_LENGTH + 1)),
				"What E1 shows is");
		assertRefused(valid,
				(p) -> ((ArrayNode) evidence(p, 0).path("tags")).add("g".repeat(EvidenceTransfer.MAX_TAG_LENGTH + 1)),
				"A tag of E1 is");
		assertRefused(valid,
				(p) -> evidence(p, 0).put("link", "https://e.org/" + "l".repeat(EvidenceTransfer.MAX_LINK_LENGTH)),
				"The link of E1 is");
		assertRefused(valid, (p) -> goal(p).put("reason", "r".repeat(PlanTransfer.MAX_TEXT_LENGTH + 1)),
				"The reason of goal 1 is");
		assertRefused(valid, (p) -> ((ObjectNode) p.path("pksb").path("ratings").get(0)).put("comment",
				"p".repeat(PksbTransfer.MAX_COMMENT_LENGTH + 1)), "The PKSB comment on Ethics and values is");
		assertRefused(valid,
				(p) -> ((ObjectNode) p.path("meetings").get(0)).put("notes",
						"m".repeat(MeetingTransfer.MAX_NOTES_LENGTH + 1)),
				"The notes of the meeting of 2026-02-01 are");
		assertRefused(valid, (p) -> {
			ArrayNode actions = (ArrayNode) p.path("meetings").get(0).path("actions");
			for (int i = actions.size(); i <= MeetingTransfer.MAX_ACTIONS; i++) {
				actions.addObject().put("position", i + 1).put("text", "more").put("done", false);
			}
		}, "The meeting of 2026-02-01 has " + (MeetingTransfer.MAX_ACTIONS + 1) + " actions");
	}

	@Test
	void cpdTextAndHoursAreHeldToTheLogsRules() throws Exception {
		SignedInUser candidate = this.scene.person("Rae Validating");
		Map<String, byte[]> valid = ArchiveScene.unzip(export(candidate, this.scene.revalidation(candidate)));
		assertRefused(valid, (p) -> ((ObjectNode) p.path("cpd").get(0)).put("reflection",
				"r".repeat(CpdTransfer.MAX_REFLECTION_LENGTH + 1)), "The reflection on the CPD activity");
		assertRefused(valid, (p) -> ((ObjectNode) p.path("cpd").get(0)).put("hours", 1_000_000),
				"The CPD activity &quot;Cataloguing course&quot; has 1000000 hours");
	}

	@Test
	void anEvidenceNumberOutOfRangeIsRefusedAndNumberingAfterAnImportContinues() throws Exception {
		Map<String, byte[]> valid = validExport();
		assertRefused(valid, (p) -> evidence(p, 2).put("number", Integer.MAX_VALUE),
				"Evidence number 2,147,483,647 is out of range: evidence numbers run from 1 to "
						+ grouped(EvidenceTransfer.MAX_IMPORTED_NUMBER));
		assertRefused(valid, (p) -> p.put("lastEvidenceNumber", Integer.MAX_VALUE),
				"The last evidence number given, 2,147,483,647, is out of range");
		assertRefused(valid, (p) -> p.put("lastEvidenceNumber", 99_999_999_999L),
				"The last evidence number given, 2,147,483,647, is out of range");
		assertRefused(valid, (p) -> evidence(p, 2).put("number", 0), "Evidence number 0 is out of range");
		assertRefused(valid, (p) -> evidence(p, 2).put("number", 1), "The ZIP holds evidence item E1 twice");

		// The highest number allowed imports, and the next item added gets the number
		// after it.
		SignedInUser importer = this.scene.person("Importer");
		long id = this.archive.importArchive(importer, new ByteArrayResource(ArchiveScene.zip(with(valid, (p) -> {
			evidence(p, 2).put("number", EvidenceTransfer.MAX_IMPORTED_NUMBER);
			p.put("lastEvidenceNumber", EvidenceTransfer.MAX_IMPORTED_NUMBER);
		}))));
		this.mvc
			.perform(post("/portfolios/" + id + "/evidence/capture").param("title", "After the import")
				.param("note", "A note")
				.with(user(importer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select max(number) from evidence_item where portfolio_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(EvidenceTransfer.MAX_IMPORTED_NUMBER + 1);
	}

	@Test
	void numbersAndCountsOutOfRangeAreRefused() throws Exception {
		Map<String, byte[]> valid = validExport();
		assertRefused(valid, (p) -> section(p, 0).put("wordCount", -5),
				"A word count in section 1 is -5, out of range");
		assertRefused(valid, (p) -> ((ObjectNode) section(p, 0).path("citations").get(0)).put("paragraph", 0),
				"A citation&#39;s paragraph in section 1 is 0, out of range");
		assertRefused(valid, (p) -> ((ObjectNode) p.path("pksb").path("ratings").get(0)).put("now", 99),
				"A PKSB rating of Ethics and values is 99; ratings run from 0 to " + PksbTransfer.MAX_LEVEL);
		assertRefused(valid, (p) -> section(p, 0).put("approvedRevision", 999),
				"Section 1 names revision 999 as its approved text");
	}

	@Test
	void datesOutOfRangeAreRefused() throws Exception {
		Map<String, byte[]> valid = validExport();
		assertRefused(valid, (p) -> evidence(p, 0).put("createdAt", "+100000-01-01T00:00:00Z"),
				"Evidence item E1 holds the date +100000-01-01T00:00:00Z, which is out of range");
		assertRefused(valid, (p) -> p.put("submittedAt", "1970-01-01T00:00:00Z"),
				"The portfolio holds the date 1970-01-01T00:00:00Z, which is out of range: dates run from 2000-01-01");
		assertRefused(valid, (p) -> goal(p).put("targetDate", "9999-12-31"),
				"Goal 1 holds the date 9999-12-31, which is out of range");
		assertRefused(valid, (p) -> ((ObjectNode) p.path("meetings").get(0)).put("heldOn", "1066-10-14"),
				"The meeting of 1066-10-14 holds the date 1066-10-14");
	}

	private static ObjectNode section(ObjectNode portfolio, int index) {
		return (ObjectNode) portfolio.path("sections").get(index);
	}

	private static ObjectNode evidence(ObjectNode portfolio, int index) {
		return (ObjectNode) portfolio.path("evidence").get(index);
	}

	private static ObjectNode goal(ObjectNode portfolio) {
		return (ObjectNode) portfolio.path("goals").get(0);
	}

	private static ObjectNode comment(ObjectNode portfolio) {
		return (ObjectNode) section(portfolio, 0).path("threads").get(0).path("comments").get(0);
	}

	/**
	 * Text of that many characters that does not compress like a run of one letter (no
	 * ZIP bomb).
	 */
	static String words(int length) {
		java.util.Random random = new java.util.Random(length);
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.append((random.nextInt(8) == 0) ? ' ' : (char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}

	private static String grouped(int number) {
		return String.format(java.util.Locale.UK, "%,d", number);
	}

	private Map<String, byte[]> validExport() {
		SignedInUser candidate = this.scene.person("Ada Candidate");
		long id = this.scene.certification(candidate, this.scene.person("Mo Mentor"));
		return ArchiveScene.unzip(export(candidate, id));
	}

	private long importOf(Map<String, byte[]> valid, Consumer<ObjectNode> change) {
		return this.archive.importArchive(this.scene.person("Importer"),
				new ByteArrayResource(ArchiveScene.zip(with(valid, change))));
	}

	static Map<String, byte[]> with(Map<String, byte[]> zip, Consumer<ObjectNode> change) {
		ObjectNode doc = (ObjectNode) JSON.readTree(zip.get("portfolio.json"));
		change.accept((ObjectNode) doc.path("portfolio"));
		Map<String, byte[]> changed = new LinkedHashMap<>(zip);
		changed.put("portfolio.json", JSON.writeValueAsBytes(doc));
		return changed;
	}

	private void assertRefused(Map<String, byte[]> valid, Consumer<ObjectNode> change, String message)
			throws Exception {
		byte[] zip = ArchiveScene.zip(with(valid, change));
		long before = count();
		assertThat(ArchiveScene.importRefusal(this.mvc, this.scene.person("Importer"), zip)).contains(message);
		assertThat(count()).as("portfolios").isEqualTo(before);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from portfolio").query(Long.class).single();
	}

	private byte[] export(SignedInUser owner, long portfolioId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.archive.export(owner, portfolioId, out);
		return out.toByteArray();
	}

}
