package org.chartfolio.archive;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.chartfolio.evidence.EvidenceTransfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * portfolio.json is parsed as a stream, so memory stays bounded up to the JSON's size
 * limit: a valid document just under 32 MB, dense with the small values that cost most
 * once parsed (10,000 items with a million tags, 390,000 citations, the rest long
 * revisions), is read by the app's reader in a JVM of 512 MB, and in one of 128 MB too.
 * Reading the same file whole, as the import used to (bytes, then a tree, then records;
 * {@link ArchiveReaderMain}'s {@code whole} mode), ran out of memory at 128 MB and at 192
 * MB when checked by hand.
 */
class ArchiveStreamingTests {

	/** The default limit of chartfolio.archive.max-json-size. */
	private static final long JSON_LIMIT = 32L * 1024 * 1024;

	/** One-letter tags on each of the 10,000 items: a million small strings. */
	static final int TAGS_PER_ITEM = 100;

	/** Three statements with this many citations each: 390,000 small objects. */
	static final int CITATIONS_PER_SECTION = 130_000;

	@TempDir
	Path dir;

	@Test
	void aJsonNearTheSizeLimitIsReadInAJvmOf512Megabytes() throws Exception {
		Path zip = nearTheLimit(this.dir.resolve("large.zip"));
		try (ZipFile file = new ZipFile(zip.toFile())) {
			long size = file.getEntry(ArchiveReader.JSON).getSize();
			assertThat(size).isLessThan(JSON_LIMIT).isGreaterThan(JSON_LIMIT - 2 * 1024 * 1024);
		}
		for (String heap : new String[] { "512m", "128m" }) {
			Run run = child(zip, heap);
			assertThat(run.output()).as(heap + ": " + run.output())
				.contains("read 3 sections and 10000 evidence items");
			assertThat(run.exit()).as(run.output()).isZero();
		}
	}

	record Run(int exit, String output) {
	}

	/**
	 * Runs {@link ArchiveReaderMain} in a JVM of at most {@code heap} with this test's
	 * class path.
	 */
	static Run child(Path zip, String heap, String... mode) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
						"-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
						ArchiveReaderMain.class.getName(), zip.toString()));
		command.addAll(List.of(mode));
		File log = Files.createTempFile("archive-child-", ".log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
		log.delete();
		return new Run(process.exitValue(), output);
	}

	/**
	 * A valid portfolio.json of just under 32 MB: 10,000 evidence items each with as many
	 * one-letter tags as the form's 1,000 characters allow, three statements, and
	 * citations filling the rest.
	 */
	static Path nearTheLimit(Path zip) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		String now = Instant.now().minusSeconds(3600).toString();
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			out.putNextEntry(new ZipEntry(ArchiveReader.JSON));
			Counting counted = new Counting(out);
			try (JsonGenerator g = json.createGenerator(counted)) {
				g.writeStartObject();
				g.writeNumberProperty("formatVersion", 1);
				g.writeStringProperty("app", "Chartfolio");
				g.writeStringProperty("exportedAt", now);
				g.writeName("portfolio");
				g.writeStartObject();
				g.writeStringProperty("route", "certification");
				g.writeStringProperty("title", "A very large portfolio");
				g.writeStringProperty("createdAt", now);
				g.writeStringProperty("updatedAt", now);
				g.writeNumberProperty("lastEvidenceNumber", EvidenceTransfer.MAX_IMPORTED_NUMBER);
				g.writeName("evidence");
				g.writeStartArray();
				int tags = TAGS_PER_ITEM;
				for (int n = 1; n <= EvidenceTransfer.MAX_IMPORTED_NUMBER; n++) {
					g.writeStartObject();
					g.writeNumberProperty("number", n);
					g.writeStringProperty("kind", "NOTE");
					g.writeStringProperty("title", "Item " + n);
					g.writeStringProperty("createdAt", now);
					g.writeBooleanProperty("binned", false);
					g.writeName("tags");
					g.writeStartArray();
					for (int t = 0; t < tags; t++) {
						g.writeString(String.valueOf((char) ('a' + (t % 26))));
					}
					g.writeEndArray();
					g.writeName("files");
					g.writeStartArray();
					g.writeEndArray();
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeName("sections");
				g.writeStartArray();
				for (int s = 1; s <= 3; s++) {
					g.writeStartObject();
					g.writeNumberProperty("position", s);
					g.writeStringProperty("kind", "STATEMENT");
					g.writeNumberProperty("criterion", s);
					g.writeStringProperty("status", "DRAFT");
					g.writeStringProperty("updatedAt", now);
					g.writeStringProperty("text", ArchiveImportRulesTests.words(50_000));
					g.writeName("citations");
					g.writeStartArray();
					for (int i = 0; i < CITATIONS_PER_SECTION; i++) {
						g.writeStartObject();
						g.writeNumberProperty("evidence", 11 + (i % 9_000));
						g.writeNumberProperty("paragraph", 11 + (i % 1_000));
						g.writeEndObject();
					}
					g.writeEndArray();
					g.flush();
					// Revisions of a long statement until the document is within a
					// megabyte of the limit.
					g.writeName("revisions");
					g.writeStartArray();
					for (int r = 1; counted.count < (JSON_LIMIT - 1024 * 1024) * s / 3; r++) {
						g.writeStartObject();
						g.writeNumberProperty("number", r);
						g.writeStringProperty("text", ArchiveImportRulesTests.words(90_000 + r));
						g.writeNumberProperty("wordCount", 10_000);
						g.writeStringProperty("createdAt", now);
						g.writeStringProperty("reason", "save");
						g.writeEndObject();
						g.flush();
					}
					g.writeEndArray();
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
				g.writeEndObject();
			}
			out.closeEntry();
		}
		return zip;
	}

	/** Counts what the generator has written so far, without closing the ZIP under it. */
	private static final class Counting extends OutputStream {

		private final OutputStream out;

		private long count;

		Counting(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

		@Override
		public void close() {
			// The ZIP entry is closed by the caller.
		}

	}

}
