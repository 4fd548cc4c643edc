package org.chartfolio.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The exports in progress and the finished ones not yet expired. Exports run one at a time on a
 * thread of their own, so two large portfolios never share the heap; a finished export's folder is
 * deleted once it has been kept {@code chartfolio.export.keep}, checked every minute.
 */
@Component
class ExportJobs {

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	private final Map<UUID, ExportJob> jobs = new ConcurrentHashMap<>();

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "pdf-export");
		thread.setDaemon(true);
		return thread;
	});

	private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "pdf-export-sweeper");
		thread.setDaemon(true);
		return thread;
	});

	private final Duration keep;

	private final Clock clock;

	ExportJobs(@Value("${chartfolio.export.keep:1h}") Duration keep, Clock clock) {
		this.keep = keep;
		this.clock = clock;
		this.sweeper.scheduleWithFixedDelay(this::expire, 1, 1, TimeUnit.MINUTES);
	}

	/**
	 * A job of this person for this portfolio, with a fresh working folder, queued to run {@code work};
	 * or, while one they started is still waiting or running, that one, so that a second click (or a
	 * hundred) neither queues the same export again nor holds up everybody else's.
	 */
	synchronized ExportJob start(long ownerId, long portfolioId, Work work) {
		Optional<ExportJob> unfinished = this.jobs.values()
			.stream()
			.filter((job) -> job.belongsTo(ownerId, portfolioId) && !job.finished())
			.findFirst();
		if (unfinished.isPresent()) {
			return unfinished.get();
		}
		Path folder;
		try {
			folder = Files.createTempDirectory("chartfolio-export-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ExportJob job = new ExportJob(UUID.randomUUID(), ownerId, portfolioId, folder, this.clock.instant());
		this.jobs.put(job.id(), job);
		this.worker.execute(() -> run(job, work));
		return job;
	}

	/** What an export does with its job: writes the PDF into the job's folder and gives its path. */
	interface Work {

		Path run(ExportJob job) throws Exception;

	}

	private void run(ExportJob job, Work work) {
		try {
			Path file = work.run(job);
			job.ready(file, this.clock.instant());
		}
		catch (Exception | OutOfMemoryError failure) {
			log.warn("PDF export {} of portfolio {} failed", job.id(), job.portfolioId(), failure);
			job.failed(this.clock.instant());
			deleteFolder(job.folder());
		}
	}

	/** The job, if it is this person's for this portfolio and has not expired. */
	Optional<ExportJob> find(long accountId, long portfolioId, UUID id) {
		return Optional.ofNullable(this.jobs.get(id)).filter((job) -> job.belongsTo(accountId, portfolioId));
	}

	/** Forgets finished jobs kept longer than {@code keep} and deletes their files. */
	void expire() {
		Instant cutoff = this.clock.instant().minus(this.keep);
		this.jobs.values().removeIf((job) -> {
			boolean expired = job.finished() && job.finishedAt().isBefore(cutoff);
			if (expired) {
				deleteFolder(job.folder());
			}
			return expired;
		});
	}

	Duration keep() {
		return this.keep;
	}

	@PreDestroy
	void stop() {
		this.sweeper.shutdownNow();
		this.worker.shutdownNow();
		this.jobs.values().forEach((job) -> deleteFolder(job.folder()));
		this.jobs.clear();
	}

	static void deleteFolder(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", path, ex);
				}
			});
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", folder, ex);
		}
	}

}
