package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.system.Refusal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ZIP export and import: an exact round trip, and every hostile ZIP refused with
 * nothing left behind.
 */
@IntegrationTest
class ArchiveServiceTests {

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
	void aRichPortfolioExportedAndImportedIntoAnotherAccountExportsAgainAsTheSameDocumentAndBytesSaveForTrust()
			throws Exception {
		SignedInUser candidate = this.scene.person("Ada Candidate");
		SignedInUser mentor = this.scene.person("Mo Mentor");
		long original = this.scene.certification(candidate, mentor);
		this.mvc.perform(post("/portfolios/" + original + "/evidence/3/delete").with(user(candidate)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertRoundTrip(candidate, original);

		SignedInUser revalidating = this.scene.person("Rae Validating");
		assertRoundTrip(revalidating, this.scene.revalidation(revalidating));
	}

	private void assertRoundTrip(SignedInUser owner, long original) throws Exception {
		byte[] first = export(owner, original);
		SignedInUser other = this.scene.person("Someone Else");
		long imported = this.archive.importArchive(other, new ByteArrayResource(first));
		byte[] second = export(other, imported);

		Map<String, byte[]> before = ArchiveScene.unzip(first);
		Map<String, byte[]> after = ArchiveScene.unzip(second);
		JsonNode one = distrusted(withoutExportTime(before.remove("portfolio.json")));
		JsonNode two = withoutExportTime(after.remove("portfolio.json"));
		assertThat(two).isEqualTo(one);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
		assertThat(imported).isNotEqualTo(original);
		this.mvc.perform(get("/portfolios/" + imported).with(user(owner))).andExpect(status().isNotFound());
	}

	@Test
	void theDocumentHoldsEveryPartWithItsDatesAndNoIdsOfThisInstallation() throws Exception {
		SignedInUser candidate = this.scene.person("Ada Candidate");
		long id = this.scene.certification(candidate, this.scene.person("Mo Mentor"));
		Map<String, byte[]> zip = ArchiveScene.unzip(export(candidate, id));
		JsonNode doc = JSON.readTree(zip.get("portfolio.json"));

		assertThat(doc.path("formatVersion").asInt()).isEqualTo(1);
		assertThat(doc.path("app").asString()).isEqualTo("Chartfolio");
		JsonNode portfolio = doc.path("portfolio");
		assertThat(portfolio.path("route").asString()).isEqualTo("certification");
		JsonNode first = portfolio.path("sections").get(0);
		assertThat(first.path("status").asString()).isEqualTo("APPROVED");
		assertThat(first.path("approvedBy").asString()).isEqualTo("Mo Mentor");
		assertThat(first.path("text").asString()).contains("I did a First Aid course [E1].");
		assertThat(first.path("revisions").size()).isGreaterThanOrEqualTo(3);
		assertThat(first.path("citations").toString()).contains("The certificate itself");
		assertThat(first.path("threads").get(0).path("comments").get(0).path("authorRole").asString())
			.isEqualTo("MENTOR");
		assertThat(first.path("threads").get(0).path("comments").get(1).path("authorName").asString())
			.isEqualTo("Ada Candidate");
		JsonNode e1 = portfolio.path("evidence").get(0);
		assertThat(e1.path("files").get(1).path("path").asString()).isEqualTo("files/E1/2-photo_of_me.png");
		assertThat(zip).containsKey("files/E1/2-photo_of_me.png");
		assertThat(portfolio.path("goals").toString()).contains("Ethics and values");
		assertThat(portfolio.path("pksb").path("snapshots").get(0).path("kind").asString()).isEqualTo("INITIAL");
		assertThat(portfolio.path("meetings").get(1).path("recordedBy").asString()).isEqualTo("Mo Mentor");
		assertThat(portfolio.path("glossary").get(0).path("acronym").asString()).isEqualTo("GDPR");
		assertThat(portfolio.path("glossary").get(0).path("dismissed").asBoolean()).isTrue();
		assertThat(portfolio.path("glossary").get(1).path("expansion").asString())
			.isEqualTo("Library Management System");
		assertThat(new String(zip.get("portfolio.json"), StandardCharsets.UTF_8)).doesNotContain("\"id\"");
	}

	@Test
	void aMentorMayNotExportTheCandidatesPortfolio() throws Exception {
		SignedInUser candidate = this.scene.person("Ada Candidate");
		SignedInUser mentor = this.scene.person("Mo Mentor");
		long id = this.scene.certification(candidate, mentor);
		this.mvc.perform(get("/portfolios/" + id + "/archive/export").with(user(mentor)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/portfolios/" + id + "/archive/export").with(user(candidate)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"));
	}

	// Hostile and broken ZIPs

	@Test
	void aFileThatIsNotAZipIsRefused() throws Exception {
		assertRefused("hello, I am not a zip".getBytes(StandardCharsets.UTF_8), "This file is not a ZIP file");
	}

	@Test
	void aZipWithoutJsonOrWithBrokenJsonOrAnUnknownVersionIsRefused() throws Exception {
		Map<String, byte[]> valid = validExport();
		Map<String, byte[]> noJson = new LinkedHashMap<>(valid);
		noJson.remove("portfolio.json");
		noJson.keySet().removeIf((name) -> name.startsWith("files/"));
		noJson.put("readme.txt", new byte[] { 'x' });
		assertRefused(ArchiveScene.zip(noJson), "This ZIP has no portfolio.json");

		Map<String, byte[]> broken = new LinkedHashMap<>(valid);
		broken.put("portfolio.json", "{\"formatVersion\": 1, \"portfolio\": ".getBytes(StandardCharsets.UTF_8));
		assertRefused(ArchiveScene.zip(broken), "The portfolio.json in this ZIP cannot be read");

		Map<String, byte[]> incomplete = new LinkedHashMap<>(valid);
		incomplete.put("portfolio.json", "{\"formatVersion\": 1, \"portfolio\": {}}".getBytes(StandardCharsets.UTF_8));
		assertRefused(ArchiveScene.zip(incomplete), "The portfolio.json in this ZIP cannot be read");

		Map<String, byte[]> future = new LinkedHashMap<>(valid);
		future.put("portfolio.json", edit(valid, (doc) -> doc.put("formatVersion", 2)));
		assertRefused(ArchiveScene.zip(future), "format version 2, which this Chartfolio does not know");
	}

	@Test
	void entryNamesThatLeaveTheZipAreRefused() throws Exception {
		for (String name : new String[] { "../evil.txt", "files/../../evil.txt", "/etc/evil.txt", "files\\evil.txt",
				"C:/evil.txt", "c:evil.txt" }) {
			Map<String, byte[]> entries = new LinkedHashMap<>(validExport());
			entries.put(name, new byte[] { 1, 2, 3 });
			assertRefused(ArchiveScene.zip(entries), "The ZIP holds an entry with a name that is not allowed");
		}
	}

	@Test
	void aFileOfAnotherSizeOrDigestThanDeclaredOrMissingOrExtraIsRefused() throws Exception {
		Map<String, byte[]> valid = validExport();
		String pdf = "files/E1/1-certificate.pdf";

		Map<String, byte[]> larger = new LinkedHashMap<>(valid);
		larger.put(pdf, concat(valid.get(pdf), "more".getBytes(StandardCharsets.UTF_8)));
		assertRefused(ArchiveScene.zip(larger), "The file " + pdf + " is not the size portfolio.json declares");

		Map<String, byte[]> smaller = new LinkedHashMap<>(valid);
		smaller.put(pdf, java.util.Arrays.copyOf(valid.get(pdf), valid.get(pdf).length - 3));
		assertRefused(ArchiveScene.zip(smaller), "The file " + pdf + " is not the size portfolio.json declares");

		Map<String, byte[]> changed = new LinkedHashMap<>(valid);
		byte[] tampered = valid.get(pdf).clone();
		tampered[tampered.length - 2] ^= 1;
		changed.put(pdf, tampered);
		assertRefused(ArchiveScene.zip(changed), "does not match its SHA-256 checksum");

		Map<String, byte[]> missing = new LinkedHashMap<>(valid);
		missing.remove(pdf);
		assertRefused(ArchiveScene.zip(missing), "The file " + pdf + " listed in portfolio.json is missing");

		Map<String, byte[]> extra = new LinkedHashMap<>(valid);
		extra.put("files/E9/1-surprise.txt", new byte[] { 1 });
		assertRefused(ArchiveScene.zip(extra),
				"The ZIP holds files/E9/1-surprise.txt, which portfolio.json does not list");
	}

	@Test
	void aZipBombIsStoppedWhileInflatingWhateverTheJsonDeclares() throws Exception {
		Map<String, byte[]> valid = validExport();
		byte[] zip = ArchiveScene.zip(withFile(valid, 0, 0, new byte[20 * 1024 * 1024]));
		assertThat(zip.length).isLessThan(200_000);
		assertRefused(zip, "The ZIP unpacks to far more than it holds");
	}

	@Test
	void aFileWhoseContentIsNotAnAcceptedTypeIsRefusedWhateverItIsNamedAndDeclaredAs() throws Exception {
		Map<String, byte[]> valid = validExport();
		String pdf = "files/E1/1-certificate.pdf";
		byte[] page = "<!DOCTYPE html><html><body><script>alert('hi')</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] program = concat(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }, new byte[512]);
		for (byte[] content : new byte[][] { page, program }) {
			Map<String, byte[]> disguised = withFile(valid, 0, 0, content);
			assertThat(JSON.readTree(disguised.get("portfolio.json")).toString()).contains("\"path\":\"" + pdf + "\"")
				.contains("\"contentType\":\"application/pdf\"");
			assertRefused(ArchiveScene.zip(disguised),
					"The file " + pdf + " is not a type of file Chartfolio keeps as evidence");
		}
	}

	@Test
	void anEmptyFileIsRefusedAsAnUploadWouldBe() throws Exception {
		assertRefused(ArchiveScene.zip(withFile(validExport(), 0, 0, new byte[0])),
				"The file files/E1/1-certificate.pdf is empty");
	}

	@Test
	void aFileIsKeptAsTheTypeItsContentIsNotTheTypeItDeclares() throws Exception {
		Map<String, byte[]> valid = validExport();
		Map<String, byte[]> mislabelled = new LinkedHashMap<>(valid);
		mislabelled.put("portfolio.json",
				edit(valid, (doc) -> ((ObjectNode) doc.path("portfolio").path("evidence").get(0).path("files").get(1))
					.put("contentType", "application/pdf")));
		SignedInUser importer = this.scene.person("Importer");
		long imported = this.archive.importArchive(importer, new ByteArrayResource(ArchiveScene.zip(mislabelled)));

		JsonNode photo = JSON.readTree(ArchiveScene.unzip(export(importer, imported)).get("portfolio.json"))
			.path("portfolio")
			.path("evidence")
			.get(0)
			.path("files")
			.get(1);
		assertThat(photo.path("path").asString()).isEqualTo("files/E1/2-photo_of_me.png");
		assertThat(photo.path("contentType").asString()).isEqualTo("image/png");
	}

	@Test
	void tooManyEntriesAreRefusedBeforeAnyIsRead() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>(validExport());
		for (int i = 0; i < 5001; i++) {
			entries.put("files/x/" + i, new byte[0]);
		}
		assertRefused(ArchiveScene.zip(entries), "The ZIP holds more than 5,000 entries");
	}

	@Test
	void aDocumentNamingWhatThisInstallationLacksIsRefusedAndRolledBackWhole() throws Exception {
		Map<String, byte[]> valid = validExport();
		Map<String, byte[]> unknownArea = new LinkedHashMap<>(valid);
		// Everything before the PKSB ratings is written, then refused: the transaction
		// takes it all back.
		unknownArea.put("portfolio.json",
				edit(valid, (doc) -> ((ObjectNode) doc.path("portfolio").path("pksb").path("ratings").get(0))
					.put("area", "Underwater basket weaving")));
		assertRefused(ArchiveScene.zip(unknownArea), "cannot be recreated here");
	}

	@Test
	void noFileChosenIsAskedForNextToTheField() throws Exception {
		SignedInUser someone = this.scene.person("Someone");
		this.mvc.perform(multipart("/portfolios/import").with(user(someone)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose the ZIP file to import.")));
	}

	private Map<String, byte[]> validExport() throws Exception {
		SignedInUser candidate = this.scene.person("Ada Candidate");
		long id = this.scene.certification(candidate, this.scene.person("Mo Mentor"));
		return ArchiveScene.unzip(export(candidate, id));
	}

	private void assertRefused(byte[] zip, String message) throws Exception {
		SignedInUser importer = this.scene.person("Importer");
		long[] before = counts();
		assertThat(ArchiveScene.importRefusal(this.mvc, importer, zip)).contains(message.replace("\"", "&quot;"));
		assertThat(counts()).as("rows of portfolio, evidence_item, evidence_file, file_content, section_revision")
			.isEqualTo(before);
		assertThatThrownBy(() -> this.archive.importArchive(importer, new ByteArrayResource(zip)))
			.isInstanceOf(Refusal.class);
		assertThat(counts()).isEqualTo(before);
	}

	private long[] counts() {
		return new long[] { count("portfolio"), count("evidence_item"), count("evidence_file"), count("file_content"),
				count("section_revision") };
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private byte[] export(SignedInUser owner, long portfolioId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.archive.export(owner, portfolioId, out);
		return out.toByteArray();
	}

	/**
	 * The document as an import keeps it: everything exactly, except the trust it claims
	 * (the submission, each section's review and the comments, which become imported
	 * history).
	 */
	static JsonNode distrusted(JsonNode json) {
		ObjectNode doc = (ObjectNode) json.deepCopy();
		ObjectNode portfolio = (ObjectNode) doc.path("portfolio");
		portfolio.putNull("submittedAt");
		for (JsonNode node : portfolio.path("sections")) {
			ObjectNode section = (ObjectNode) node;
			section.put("status", "DRAFT");
			for (String field : new String[] { "readyForReviewSince", "approvedAt", "approvedBy", "approvedRevision",
					"reopenReason", "reopenedAt" }) {
				section.putNull(field);
			}
			for (JsonNode thread : section.path("threads")) {
				for (JsonNode comment : thread.path("comments")) {
					((ObjectNode) comment).put("imported", true);
				}
			}
		}
		return doc;
	}

	private static JsonNode withoutExportTime(byte[] json) {
		ObjectNode doc = (ObjectNode) JSON.readTree(json);
		doc.remove("exportedAt");
		return doc;
	}

	private static byte[] edit(Map<String, byte[]> zip, java.util.function.Consumer<ObjectNode> change) {
		ObjectNode doc = (ObjectNode) JSON.readTree(zip.get("portfolio.json"));
		change.accept(doc);
		return JSON.writeValueAsBytes(doc);
	}

	/**
	 * The ZIP with the content of one file replaced and its size and SHA-256 declared to
	 * match; name and type kept.
	 */
	private static Map<String, byte[]> withFile(Map<String, byte[]> zip, int item, int file, byte[] content) {
		Map<String, byte[]> changed = new LinkedHashMap<>(zip);
		changed.put("portfolio.json", edit(zip, (doc) -> {
			ObjectNode declared = (ObjectNode) doc.path("portfolio").path("evidence").get(item).path("files").get(file);
			changed.put(declared.path("path").asString(), content);
			declared.put("size", content.length);
			declared.put("sha256", sha256(content));
		}));
		return changed;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
