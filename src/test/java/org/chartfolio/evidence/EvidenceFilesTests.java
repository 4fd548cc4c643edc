package org.chartfolio.evidence;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.TestFiles;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@IntegrationTest
class EvidenceFilesTests {

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private EvidenceReading reading;

	@Autowired
	private EvidencePages pages;

	@Autowired
	private EvidenceEditing editing;

	@Autowired
	private FileStore store;

	@Autowired
	private org.chartfolio.support.Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MutableClock clock;

	@Test
	void theStoreStreamsContentsInAndOutInChunks() throws Exception {
		byte[] content = new byte[PostgresFileStore.CHUNK_SIZE * 3 + 1234];
		new Random(7).nextBytes(content);
		String key = "test-" + java.util.UUID.randomUUID();
		this.transactions.executeWithoutResult(
				(status) -> this.store.put(key, new java.io.ByteArrayInputStream(content), content.length));

		try (InputStream in = this.store.open(key).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		this.transactions.executeWithoutResult((status) -> this.store.delete(key));
		assertThat(this.store.open(key)).isEmpty();
	}

	@Test
	void keepsFilesWithTheirItemAndDigest() throws Exception {
		SignedInUser candidate = this.fixtures.person("File Keeper");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		byte[] png = TestFiles.png();

		EvidenceSummary item = this.editing.create(candidate, portfolio, details("Display"),
				List.of(upload("display.png", png), upload("minutes.pdf", TestFiles.PDF)));

		EvidenceViews.Details details = this.pages.details(candidate, portfolio, item.number());
		assertThat(details.files())
			.extracting(EvidenceFileView::name, EvidenceFileView::contentType, EvidenceFileView::size,
					EvidenceFileView::hasThumbnail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("display.png", "image/png", (long) png.length, true),
					org.assertj.core.groups.Tuple.tuple("minutes.pdf", "application/pdf", (long) TestFiles.PDF.length,
							false));
		assertThat(this.jdbc.sql("select sha256 from evidence_file where evidence_id = ? order by id")
			.param(item.id())
			.query(String.class)
			.list()
			.get(0)).isEqualTo(
					java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png)));
		EvidenceViews.Download download = this.pages.download(candidate, portfolio, item.number(),
				details.files().get(1).id());
		try (InputStream in = download.content()) {
			assertThat(in.readAllBytes()).isEqualTo(TestFiles.PDF);
		}
	}

	@Test
	void aRefusedFileLeavesNeitherTheItemNorAnyFile() {
		SignedInUser candidate = this.fixtures.person("Careful Person");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		long contentsBefore = this.jdbc.sql("select count(*) from file_content").query(Long.class).single();

		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.editing.create(candidate, portfolio, details("Holiday snaps"),
					List.of(upload("good.png", TestFiles.png()), upload("photo.jpg", FileIntakeTests.elf()))));

		assertThat(this.reading.countLive(candidate, portfolio)).isZero();
		assertThat(this.jdbc.sql("select count(*) from evidence_item where portfolio_id = ?")
			.param(portfolio)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from file_content").query(Long.class).single())
			.isEqualTo(contentsBefore);
	}

	@Test
	void binKeepsTheNumberAndRestoresForThirtyDays() {
		SignedInUser candidate = this.fixtures.person("Bin Person");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		EvidenceSummary first = added(candidate, portfolio, "First");
		EvidenceSummary second = added(candidate, portfolio, "Second");

		this.editing.moveToBin(candidate, portfolio, first.number());
		assertThat(this.reading.countLive(candidate, portfolio)).isEqualTo(1);
		assertThat(this.reading.binned(candidate, portfolio)).extracting(BinnedEvidence::label).containsExactly("E1");
		assertThat(this.reading.recent(candidate, portfolio, 5)).extracting(EvidenceSummary::label)
			.containsExactly("E2");

		EvidenceSummary restored = this.editing.restore(candidate, portfolio, first.number());
		assertThat(restored.label()).isEqualTo("E1");

		this.editing.moveToBin(candidate, portfolio, second.number());
		this.clock.advance(Duration.ofDays(31));
		try {
			assertThat(this.reading.binned(candidate, portfolio)).isEmpty();
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.editing.restore(candidate, portfolio, second.number()));
		}
		finally {
			this.clock.advance(Duration.ofDays(-31));
		}
	}

	@Test
	void renumberingRefusesATakenNumberAndTheCounterSkipsChosenOnes() {
		SignedInUser candidate = this.fixtures.person("Number Person");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		EvidenceSummary first = added(candidate, portfolio, "First");
		EvidenceSummary second = added(candidate, portfolio, "Second");
		this.editing.moveToBin(candidate, portfolio, second.number());

		long version = this.pages.details(candidate, portfolio, 1).version();
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.editing.update(candidate, portfolio, 1, version, details("First"), 2, List.of()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("evidence.number.taken"));

		this.editing.update(candidate, portfolio, 1, version, details("First"), 3, List.of());
		assertThat(this.reading.byNumber(candidate, portfolio, 3)).map(EvidenceSummary::id).contains(first.id());
		assertThat(added(candidate, portfolio, "Third").label()).isEqualTo("E4");
	}

	@Test
	void aStaleVersionChangesNothing() {
		SignedInUser candidate = this.fixtures.person("Two Tabs");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		added(candidate, portfolio, "Original");
		long opened = this.pages.details(candidate, portfolio, 1).version();
		this.editing.update(candidate, portfolio, 1, opened, details("From the other tab"), null, List.of());

		assertThatExceptionOfType(StaleEditException.class).isThrownBy(
				() -> this.editing.update(candidate, portfolio, 1, opened, details("From this tab"), null, List.of()));
		assertThat(this.pages.details(candidate, portfolio, 1).title()).isEqualTo("From the other tab");
	}

	/** The candidate adds a document of this title, with no file. */
	private EvidenceSummary added(SignedInUser candidate, long portfolio, String title) {
		return this.evidence.add(candidate, portfolio, details(title));
	}

	private static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, new ByteArrayResource(content));
	}

	private static EvidenceService.EvidenceDetails details(String title) {
		return evidence(title).kind(EvidenceKind.DOCUMENT).build();
	}

}
