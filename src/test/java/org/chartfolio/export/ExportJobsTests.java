package org.chartfolio.export;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue of exports: a person's second start of the same export while the first is unfinished. */
class ExportJobsTests {

	private final ExportJobs jobs = new ExportJobs(Duration.ofHours(1), new MutableClock(ZoneId.of("Europe/London")));

	@AfterEach
	void stop() {
		this.jobs.stop();
	}

	@Test
	void startingAnExportThatIsStillUnderWayGivesThatExportNotAnotherInTheQueue() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		ExportJobs.Work slow = (job) -> {
			release.await(10, TimeUnit.SECONDS);
			return Path.of(job.folder().toString(), "portfolio.pdf");
		};
		ExportJob first = this.jobs.start(1, 10, slow);

		assertThat(this.jobs.start(1, 10, slow).id()).as("the same person, the same portfolio").isEqualTo(first.id());
		assertThat(this.jobs.start(1, 11, slow).id()).as("another portfolio").isNotEqualTo(first.id());
		assertThat(this.jobs.start(2, 10, slow).id()).as("another person").isNotEqualTo(first.id());

		release.countDown();
		for (int i = 0; i < 100 && !first.finished(); i++) {
			Thread.sleep(50);
		}
		assertThat(first.finished()).isTrue();
		assertThat(this.jobs.start(1, 10, slow).id()).as("once it is done, a new export").isNotEqualTo(first.id());
	}

}
