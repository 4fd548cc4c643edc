package org.chartfolio.evidence;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.S3Server;
import org.chartfolio.support.S3StoreTest;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The S3 file store against a real S3-compatible server (s3rver), in the whole
 * application.
 */
@S3StoreTest
class S3FileStoreTests {

	@Autowired
	private FileStore store;

	@Autowired
	private S3FileStore s3;

	@Autowired
	private OrphanedFileCleanup cleanup;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MutableClock clock;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EvidencePages evidence;

	@Autowired
	private EvidenceEditing editing;

	@Autowired
	private PortfolioScene scene;

	@Test
	void theConfiguredStoreIsTheBucket() {
		assertThat(this.store).isSameAs(this.s3);
		assertThat(this.s3.bucket()).isEqualTo(S3Server.BUCKET);
	}

	@Test
	void aLargeFileGoesInAndComesBackStreamedInAHeapSmallerThanItself() throws Exception {
		S3Server.Coordinates server = S3Server.start();
		long size = 128L * 1024 * 1024;
		Path output = Files.createTempFile("s3-probe", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process probe = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
				S3StreamingProbe.class.getName(), server.endpoint(), server.bucket(), server.accessKey(),
				server.secretKey(), String.valueOf(size), server.certificate())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		assertThat(probe.waitFor(3, TimeUnit.MINUTES)).as("the probe finished").isTrue();
		String printed = Files.readString(output);
		assertThat(probe.exitValue()).as(printed).isZero();
		List<String> lines = printed.lines()
			.filter((line) -> line.matches("^(written|read|gone|max heap) .*"))
			.toList();
		String written = lines.get(0).substring("written ".length());
		assertThat(lines.get(0)).startsWith("written " + size + " ");
		assertThat(lines.get(1)).isEqualTo("read " + written);
		assertThat(lines.get(2)).isEqualTo("gone true");
		assertThat(Long.parseLong(lines.get(3).substring("max heap ".length()))).isLessThan(size / 2);
	}

	@Test
	void keepsReadsAndDeletesAnObject() throws Exception {
		byte[] content = new byte[300_000];
		new Random(3).nextBytes(content);
		String key = UUID.randomUUID().toString();

		this.store.put(key, new ByteArrayInputStream(content), content.length);
		try (InputStream in = this.store.open(key).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		this.store.delete(key);

		assertThat(this.store.open(key)).isEmpty();
		assertThat(this.store.open("never-" + UUID.randomUUID())).isEmpty();
	}

	@Test
	void aDeleteWaitsForTheCommitAndARollbackKeepsTheObject() {
		String kept = UUID.randomUUID().toString();
		String deleted = UUID.randomUUID().toString();
		this.store.put(kept, new ByteArrayInputStream(new byte[] { 1 }), 1);
		this.store.put(deleted, new ByteArrayInputStream(new byte[] { 2 }), 1);

		this.transactions.executeWithoutResult((status) -> {
			this.store.delete(kept);
			assertThat(this.store.open(kept)).as("still there before the commit").isPresent();
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> {
			this.store.delete(deleted);
			assertThat(this.store.open(deleted)).as("still there before the commit").isPresent();
		});

		assertThat(this.store.open(kept)).as("a rolled-back delete").isPresent();
		assertThat(this.store.open(deleted)).as("a committed delete").isEmpty();
	}

	@Test
	void anObjectWrittenInATransactionThatRollsBackIsRemoved() {
		String key = UUID.randomUUID().toString();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				this.store.put(key, new ByteArrayInputStream(new byte[] { 7, 7 }), 2);
				assertThat(this.store.open(key)).isPresent();
				throw new IllegalStateException("the row could not be written");
			}));
		assertThat(this.store.open(key)).isEmpty();
	}

	@Test
	void theCleanupDeletesOldObjectsNoFileNamesAndKeepsTheRest() throws Exception {
		Portfolio p = this.scene.candidate("Orphan Watcher").portfolio("certification");
		EvidenceSummary item = this.editing.create(p.candidate(), p.id(), details("Minutes"),
				List.of(new Upload("minutes.pdf", TestFiles.PDF.length,
						new org.springframework.core.io.ByteArrayResource(TestFiles.PDF))));
		String named = this.jdbc.sql("select content_key from evidence_file where evidence_id = ?")
			.param(item.id())
			.query(String.class)
			.single();
		String orphan = UUID.randomUUID().toString();
		this.store.put(orphan, new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3);

		assertThat(this.cleanup.run()).as("too young to judge: its transaction may still be running").isZero();
		assertThat(this.store.open(orphan)).isPresent();

		this.clock.advance(Duration.ofHours(2));
		try {
			assertThat(this.cleanup.run()).isGreaterThanOrEqualTo(1);
		}
		finally {
			this.clock.advance(Duration.ofHours(-2));
		}
		assertThat(this.store.open(orphan)).isEmpty();
		assertThat(this.store.open(named)).isPresent();
		try (InputStream in = this.evidence
			.download(p.candidate(), p.id(), item.number(),
					this.evidence.details(p.candidate(), p.id(), item.number()).files().get(0).id())
			.content()) {
			assertThat(in.readAllBytes()).isEqualTo(TestFiles.PDF);
		}
	}

	@Test
	void whileAnotherInstanceCleansUpThisOneSkipsItsTurn() throws Exception {
		String orphan = UUID.randomUUID().toString();
		this.store.put(orphan, new ByteArrayInputStream(new byte[] { 9 }), 1);
		this.clock.advance(Duration.ofHours(2));
		try (Connection other = this.dataSource.getConnection()) {
			try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
				lock.setLong(1, OrphanedFileCleanup.LOCK);
				lock.execute();
			}
			try {
				assertThat(this.cleanup.run()).isEqualTo(-1);
				assertThat(this.store.open(orphan)).isPresent();
			}
			finally {
				try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
					unlock.setLong(1, OrphanedFileCleanup.LOCK);
					unlock.execute();
				}
			}
			assertThat(this.cleanup.run()).isGreaterThanOrEqualTo(1);
			assertThat(this.store.open(orphan)).isEmpty();
		}
		finally {
			this.clock.advance(Duration.ofHours(-2));
		}
	}

	@Test
	void anUploadThroughTheFormIsKeptInTheBucketAndDownloadedFromIt() throws Exception {
		Portfolio p = this.scene.candidate("Bucket Candidate").portfolio("certification");
		long contentRows = this.jdbc.sql("select count(*) from file_content").query(Long.class).single();

		MvcResult created = this.mvc
			.perform(multipart("/portfolios/" + p.id() + "/evidence/new")
				.file(new MockMultipartFile("files", "plan.pdf", "application/pdf", TestFiles.PDF))
				.param("title", "Training plan")
				.param("kind", "DOCUMENT")
				.with(csrf())
				.with(user(p.candidate())))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/portfolios/" + p.id() + "/evidence/1");

		EvidenceFileView file = this.evidence.details(p.candidate(), p.id(), 1).files().get(0);
		String key = this.jdbc.sql("select content_key from evidence_file where id = ?")
			.param(file.id())
			.query(String.class)
			.single();
		assertThat(this.jdbc.sql("select count(*) from file_content").query(Long.class).single())
			.as("nothing written to PostgreSQL's file store")
			.isEqualTo(contentRows);
		try (InputStream in = this.s3.open(key).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(TestFiles.PDF);
		}

		this.mvc.perform(get("/portfolios/" + p.id() + "/evidence/1/files/" + file.id()).with(user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_LENGTH, String.valueOf(TestFiles.PDF.length)))
			.andExpect(content().bytes(TestFiles.PDF));
	}

	private static EvidenceService.EvidenceDetails details(String title) {
		return evidence(title).kind(EvidenceKind.DOCUMENT).build();
	}

}
