package org.chartfolio.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.chartfolio.system.ChunkedRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exports, kept in PostgreSQL ({@code export_job}, {@code export_pdf}) and run as
 * db-scheduler executions of the task {@value #TASK}, one per job, so any instance may
 * run one and any instance may show how it stands. A finished job's PDF is kept in the
 * database until it has been kept {@code chartfolio.export.keep}, then deleted by the
 * cluster-wide recurring task {@value #EXPIRY}.
 */
@Component
class ExportJobs {

	static final String TASK = "pdf-export";

	static final String EXPIRY = "pdf-export-expiry";

	/**
	 * A job is tried this many times (an instance that dies while running it counts as a
	 * try) before it fails.
	 */
	static final int MAX_ATTEMPTS = 3;

	static final int CHUNK_SIZE = 256 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	private static final String COLUMNS = "id, owner_id, portfolio_id, state, step_key, step_done, step_total, "
			+ "finished_at, pdf_size";

	/**
	 * Whether a job still has its execution in db-scheduler's table, waiting or running.
	 */
	private static final String SCHEDULED = "exists (select 1 from scheduled_tasks t where t.task_name = '" + TASK
			+ "' and t.task_instance = j.id::text)";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	// Looked up when first used: the scheduler is built from the tasks, and the export
	// task uses this class.
	private final ObjectProvider<Scheduler> scheduler;

	private final Duration keep;

	private final Clock clock;

	ExportJobs(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectProvider<Scheduler> scheduler,
			@Value("${chartfolio.export.keep:1h}") Duration keep, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.scheduler = scheduler;
		this.keep = keep;
		this.clock = clock;
	}

	/**
	 * A new job of this person for this portfolio, scheduled in the same transaction; or,
	 * while one they started is still waiting or running, that one, so that a second
	 * click (or a hundred, on any instance) never queues the same export again.
	 */
	@Transactional
	UUID start(long ownerId, long portfolioId) {
		lockUntilCommit("export-start:" + ownerId);
		Optional<UUID> unfinished = this.jdbc
			.sql("select j.id from export_job j where j.owner_id = ? and j.portfolio_id = ? and j.state in ('WAITING', "
					+ "'RUNNING') and " + SCHEDULED + " order by j.created_at limit 1")
			.params(ownerId, portfolioId)
			.query(UUID.class)
			.optional();
		if (unfinished.isPresent()) {
			return unfinished.get();
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into export_job (id, owner_id, portfolio_id, state, step_key, created_at) values (?, ?, ?, "
					+ "'WAITING', ?, ?)")
			.params(id, ownerId, portfolioId, ExportJob.Step.WAITING.messageKey(), Timestamp.from(now))
			.update();
		// db-scheduler writes through the transaction-aware data source: the execution
		// exists once this commits.
		Scheduler scheduler = this.scheduler.getObject();
		scheduler.schedule(new TaskInstance<Void>(TASK, id.toString()), Instant.now());
		// Started at once by this instance's scheduler, rather than at its next look at
		// the table.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				scheduler.triggerCheckForDueExecutions();
			}
		});
		return id;
	}

	/** The job, if it is this person's for this portfolio and has not expired. */
	@Transactional(readOnly = true)
	Optional<ExportJob> find(long accountId, long portfolioId, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from export_job where id = ? and owner_id = ? and portfolio_id = ?")
			.params(id, accountId, portfolioId)
			.query(ExportJobs::job)
			.optional();
	}

	@Transactional(readOnly = true)
	Optional<ExportJob> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from export_job where id = ?")
			.param(id)
			.query(ExportJobs::job)
			.optional();
	}

	/**
	 * Whether the job may run now, and if so marks it running: one job at a time per
	 * person, so one person's large exports never fill every thread while somebody else's
	 * small one waits. Gives false (and changes nothing) while another job of theirs is
	 * running; fails the job instead once it has been tried {@link #MAX_ATTEMPTS} times.
	 */
	@Transactional
	Claim claim(UUID id, long ownerId) {
		lockUntilCommit("export-run:" + ownerId);
		boolean othersRunning = this.jdbc
			.sql("select exists (select 1 from export_job j join scheduled_tasks t on t.task_name = '" + TASK
					+ "' and t.task_instance = j.id::text where j.owner_id = ? and j.id <> ? and j.state = 'RUNNING' "
					+ "and t.picked)")
			.params(ownerId, id)
			.query(Boolean.class)
			.single();
		if (othersRunning) {
			return Claim.WAIT;
		}
		int attempts = this.jdbc
			.sql("update export_job set state = 'RUNNING', attempts = attempts + 1, step_key = 'export.step.reading', "
					+ "step_done = 0, "
					+ "step_total = 0 where id = ? and state in ('WAITING', 'RUNNING') returning attempts")
			.param(id)
			.query(Integer.class)
			.optional()
			.orElse(0);
		if (attempts == 0) {
			return Claim.GONE;
		}
		if (attempts > MAX_ATTEMPTS) {
			log.warn("PDF export {} was interrupted {} times; it has failed", id, MAX_ATTEMPTS);
			failed(id);
			return Claim.GONE;
		}
		return Claim.RUN;
	}

	enum Claim {

		/** Run it now. */
		RUN,
		/** Another export of the same person is running: try again shortly. */
		WAIT,
		/** Finished, failed or expired: nothing to run. */
		GONE

	}

	/** How far a running job has got. */
	@Transactional
	void step(UUID id, ExportJob.Step step) {
		this.jdbc
			.sql("update export_job set step_key = ?, step_done = ?, step_total = ? where id = ? and state = 'RUNNING'")
			.params(step.messageKey(), step.done(), step.total(), id)
			.update();
	}

	/**
	 * Keeps the finished PDF (streamed from its working file into the database) and marks
	 * the job ready.
	 */
	@Transactional
	void ready(UUID id, Path pdf) throws IOException {
		long size = Files.size(pdf);
		this.jdbc.sql("delete from export_pdf where job_id = ?").param(id).update();
		try (InputStream content = Files.newInputStream(pdf)) {
			this.jdbcTemplate.update("insert into export_pdf (job_id, content) values (?, ?)", (statement) -> {
				statement.setObject(1, id);
				statement.setBinaryStream(2, content, size);
			});
		}
		this.jdbc.sql("update export_job set state = 'READY', finished_at = ?, pdf_size = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), size, id)
			.update();
	}

	@Transactional
	void failed(UUID id) {
		this.jdbc.sql("update export_job set state = 'FAILED', finished_at = ? where id = ? and state <> 'READY'")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
	}

	/** The finished PDF, read a chunk at a time; the caller closes the stream. */
	Optional<InputStream> open(UUID id) {
		return this.jdbc.sql("select octet_length(content) from export_pdf where job_id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.map((length) -> new ChunkedRead(length, CHUNK_SIZE, (from, size) -> this.jdbc
				// substring() counts from 1.
				.sql("select substring(content from ? for ?) from export_pdf where job_id = ?")
				.params(Math.toIntExact(from + 1), size, id)
				.query(byte[].class)
				.optional(), () -> "Export " + id + " expired while downloading"));
	}

	/**
	 * Deletes finished jobs (and their PDFs) kept longer than {@code keep}, and jobs
	 * whose execution is gone without finishing them, once as old. Run by one instance at
	 * a time ({@value #EXPIRY}).
	 */
	@Transactional
	int expire() {
		Timestamp cutoff = Timestamp.from(this.clock.instant().minus(this.keep));
		return this.jdbc
			.sql("delete from export_job j where j.finished_at < ? or (j.finished_at is null and j.created_at < ? and "
					+ "not " + SCHEDULED + ")")
			.params(cutoff, cutoff)
			.update();
	}

	Duration keep() {
		return this.keep;
	}

	private static ExportJob job(ResultSet row, int number) throws SQLException {
		Timestamp finished = row.getTimestamp("finished_at");
		long size = row.getLong("pdf_size");
		return new ExportJob(row.getObject("id", UUID.class), row.getLong("owner_id"), row.getLong("portfolio_id"),
				ExportJob.State.valueOf(row.getString("state")),
				new ExportJob.Step(row.getString("step_key"), row.getInt("step_done"), row.getInt("step_total")),
				(finished != null) ? finished.toInstant() : null, row.wasNull() ? null : size);
	}

	/**
	 * Waits for, then holds until this transaction ends, the PostgreSQL advisory lock
	 * named {@code key}, on whichever instance asks.
	 */
	private void lockUntilCommit(String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(key).query().singleRow();
	}

}
