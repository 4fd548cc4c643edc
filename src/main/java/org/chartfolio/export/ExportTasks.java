package org.chartfolio.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The export's db-scheduler tasks, which every instance runs from the shared table:
 * {@value ExportJobs#TASK} builds one job's PDF, and the recurring
 * {@value ExportJobs#EXPIRY} deletes expired ones, once for the whole cluster each time.
 * <p>
 * An execution whose instance dies (its heartbeat stops) is run again by another one,
 * from the start; an instance that stops while exporting hands the job back for another
 * to pick up soon after. A job waits while another export of the same person runs, so
 * with a few threads per instance one person's large exports never hold up another
 * person's small one.
 */
@Configuration(proxyBeanMethods = false)
class ExportTasks {

	private static final Logger log = LoggerFactory.getLogger(ExportTasks.class);

	/**
	 * How soon a job held back by another export of the same person looks again, and a
	 * handed-back job restarts.
	 */
	static final Duration RETRY = Duration.ofSeconds(3);

	@Bean
	CustomTask<Void> pdfExportTask(ExportRun run) {
		return Tasks.custom(ExportJobs.TASK, Void.class)
			.onDeadExecutionRevive()
			.onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
			.execute(run::execute);
	}

	@Bean
	RecurringTask<Void> pdfExportExpiry(ExportJobs jobs,
			@Value("${chartfolio.export.expiry-interval:1m}") Duration interval) {
		return Tasks.recurring(ExportJobs.EXPIRY, Schedules.fixedDelay(interval)).execute((instance, context) -> {
			int expired = jobs.expire();
			if (expired > 0) {
				log.debug("Deleted {} expired PDF exports", expired);
			}
		});
	}

	/**
	 * One execution of a job: the PDF built in a working folder of this instance, kept in
	 * the database.
	 */
	@Component
	static class ExportRun {

		private final ExportJobs jobs;

		private final PdfExport pdf;

		private final AccountService accounts;

		ExportRun(ExportJobs jobs, PdfExport pdf, AccountService accounts) {
			this.jobs = jobs;
			this.pdf = pdf;
			this.accounts = accounts;
		}

		CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
			UUID id = UUID.fromString(instance.getId());
			Optional<ExportJob> found = this.jobs.find(id);
			if (found.isEmpty() || found.get().finished()) {
				return new CompletionHandler.OnCompleteRemove<>();
			}
			ExportJob job = found.get();
			switch (this.jobs.claim(id, job.ownerId())) {
				case WAIT:
					return new CompletionHandler.OnCompleteReschedule<>(Schedules.fixedDelay(RETRY));
				case GONE:
					return new CompletionHandler.OnCompleteRemove<>();
				case RUN:
				default:
					break;
			}
			Optional<SignedInUser> owner = this.accounts.signedInUser(job.ownerId());
			if (owner.isEmpty()) {
				this.jobs.failed(id);
				return new CompletionHandler.OnCompleteRemove<>();
			}
			Path folder = null;
			try {
				folder = Files.createTempDirectory("chartfolio-export-" + id + "-");
				Path file = this.pdf.write(owner.get(), job.portfolioId(), folder, new Progress(this.jobs, id));
				this.jobs.ready(id, file);
			}
			catch (Exception | OutOfMemoryError failure) {
				if (context.getSchedulerState().isShuttingDown()) {
					// Not the export's fault: the job goes back to the table for an
					// instance that stays.
					log.info("PDF export {} stopped as this instance shuts down; another will run it", id);
					throw new IllegalStateException("Stopped by shutdown", failure);
				}
				log.warn("PDF export {} of portfolio {} failed", id, job.portfolioId(), failure);
				this.jobs.failed(id);
			}
			finally {
				if (folder != null) {
					deleteFolder(folder);
				}
			}
			return new CompletionHandler.OnCompleteRemove<>();
		}

	}

	/**
	 * Writes how far the export has got to the database, where any instance's progress
	 * page reads it: each new step at once, counted steps at most a few times a second.
	 */
	static final class Progress implements PdfExport.Progress {

		private static final long EVERY_NANOS = Duration.ofMillis(300).toNanos();

		private final ExportJobs jobs;

		private final UUID id;

		private String lastKey;

		private long lastWrite;

		Progress(ExportJobs jobs, UUID id) {
			this.jobs = jobs;
			this.id = id;
		}

		@Override
		public void step(String messageKey, int done, int total) {
			long now = System.nanoTime();
			boolean newStep = !messageKey.equals(this.lastKey) || done == total;
			if (!newStep && now - this.lastWrite < EVERY_NANOS) {
				return;
			}
			this.jobs.step(this.id, new ExportJob.Step(messageKey, done, total));
			this.lastKey = messageKey;
			this.lastWrite = now;
		}

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
