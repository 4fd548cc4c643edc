package org.chartfolio.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

/**
 * The queue of exports in the database: a second click gives the same job, and exports
 * are fair, one running at a time per person while somebody else's runs beside it.
 */
@IntegrationTest
class ExportJobsTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ExportService exports;

	@Autowired
	private ExportJobs jobs;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private EvidenceSharing files;

	/** Opened once the slow person's export may go on reading their evidence. */
	private final CountDownLatch release = new CountDownLatch(1);

	/** Counted down when the slow person's export has started reading their evidence. */
	private final CountDownLatch slowStarted = new CountDownLatch(1);

	private SignedInUser slow;

	@BeforeEach
	void aSlowPersonsExportHoldsOnTheirEvidence() {
		this.slow = this.scene.person("Lars Large");
		doAnswer((call) -> {
			if (((SignedInUser) call.getArgument(0)).id() == this.slow.id()) {
				this.slowStarted.countDown();
				this.release.await(60, TimeUnit.SECONDS);
			}
			return call.callRealMethod();
		}).when(this.files).openFile(any(), anyLong(), anyLong(), anyLong());
	}

	@AfterEach
	void release() {
		this.release.countDown();
	}

	@Test
	void startingAnExportThatIsStillUnderWayGivesThatExportNotAnotherInTheQueue() throws Exception {
		long portfolio = portfolioWithAFile(this.slow);
		long another = this.scene.portfolio(this.slow, "certification");
		Portfolio p = this.scene.candidate("Olga Other").portfolio("certification");
		UUID first = this.exports.startPdf(this.slow, portfolio, true);

		assertThat(this.exports.startPdf(this.slow, portfolio, true)).as("the same person, the same portfolio")
			.isEqualTo(first);
		UUID ofAnother = this.exports.startPdf(this.slow, another, true);
		assertThat(ofAnother).as("another portfolio").isNotEqualTo(first);
		UUID ofTheirs = this.exports.startPdf(p.candidate(), p.id(), true);
		assertThat(ofTheirs).as("another person").isNotEqualTo(first);
		assertThat(this.jdbc.sql("select count(*) from export_job where owner_id = ? and portfolio_id = ?")
			.params(this.slow.id(), portfolio)
			.query(Long.class)
			.single()).isEqualTo(1);

		this.release.countDown();
		assertThat(await(this.slow, portfolio, first).state()).isEqualTo(ExportJob.State.READY);
		UUID again = this.exports.startPdf(this.slow, portfolio, true);
		assertThat(again).as("once it is done, a new export").isNotEqualTo(first);
		// Nothing of this test's is left running for the next one.
		await(this.slow, another, ofAnother);
		await(p.candidate(), p.id(), ofTheirs);
		await(this.slow, portfolio, again);
	}

	@Test
	void aSecondPersonsExportRunsWhileTheFirstPersonsIsStillRunningAndTheFirstPersonsNextWaits() throws Exception {
		long large = portfolioWithAFile(this.slow);
		SignedInUser quick = this.scene.person("Sam Small");
		long small = portfolioWithAFile(quick);

		UUID slowJob = this.exports.startPdf(this.slow, large, true);
		assertThat(this.slowStarted.await(30, TimeUnit.SECONDS)).as("the first person's export is running").isTrue();
		UUID quickJob = this.exports.startPdf(quick, small, true);
		long theirNext = this.scene.portfolio(this.slow, "certification");
		UUID nextJob = this.exports.startPdf(this.slow, theirNext, true);

		assertThat(await(quick, small, quickJob).state()).as("the second person's export finished")
			.isEqualTo(ExportJob.State.READY);
		assertThat(state(this.slow, large, slowJob)).as("while the first person's is still running")
			.isEqualTo(ExportJob.State.RUNNING);
		// The first person's next export has been tried at least once by now and is
		// waiting its turn.
		Thread.sleep(ExportTasks.RETRY.toMillis() + 1000);
		ExportJob waiting = this.jobs.find(this.slow.id(), theirNext, nextJob).orElseThrow();
		assertThat(waiting.state()).isEqualTo(ExportJob.State.WAITING);
		assertThat(waiting.step().messageKey()).isEqualTo("export.step.waiting");

		this.release.countDown();
		assertThat(await(this.slow, large, slowJob).state()).isEqualTo(ExportJob.State.READY);
		assertThat(await(this.slow, theirNext, nextJob).state()).as("then their next one runs")
			.isEqualTo(ExportJob.State.READY);
	}

	private long portfolioWithAFile(SignedInUser owner) {
		long portfolio = this.scene.portfolio(owner, "certification");
		ExportFixtures.item(this.evidence, owner, portfolio, "Minutes", EvidenceKind.MINUTES, "minutes.txt",
				"Minutes of the meeting".getBytes(StandardCharsets.UTF_8));
		return portfolio;
	}

	private ExportJob.State state(SignedInUser owner, long portfolio, UUID job) {
		return this.jobs.find(owner.id(), portfolio, job).orElseThrow().state();
	}

	private ExportJob await(SignedInUser owner, long portfolio, UUID id) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			ExportJob job = this.jobs.find(owner.id(), portfolio, id).orElseThrow();
			if (job.finished()) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the export did not finish within a minute");
	}

}
