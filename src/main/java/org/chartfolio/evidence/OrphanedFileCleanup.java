package org.chartfolio.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the objects in the bucket that no {@code evidence_file} row names: what is left
 * when the app stopped between writing an object and committing its row, or when a delete
 * after a commit failed. An object younger than the grace period is left alone, since the
 * transaction that will name it may still be running.
 * <p>
 * Every instance schedules it; a PostgreSQL advisory lock, held for the transaction of
 * one run, lets only one of them work at a time and the others skip that turn.
 */
class OrphanedFileCleanup {

	private static final Logger log = LoggerFactory.getLogger(OrphanedFileCleanup.class);

	/**
	 * The advisory lock's number: any constant that no other lock in this database uses.
	 */
	static final long LOCK = 0x4368_6172_7446_696cL; // "ChartFil"

	private static final int BATCH = 500;

	private final S3FileStore store;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration grace;

	OrphanedFileCleanup(S3FileStore store, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			Duration grace) {
		this.store = store;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.grace = grace;
	}

	@Scheduled(initialDelayString = "${chartfolio.files.orphan-cleanup.initial-delay:10m}",
			fixedDelayString = "${chartfolio.files.orphan-cleanup.interval:1h}")
	void scheduled() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("Orphaned-file cleanup failed; it runs again at the next interval: {}", ex.getMessage());
		}
	}

	/**
	 * One run: the number of objects deleted, or -1 when another instance holds the lock
	 * and this one skipped its turn.
	 */
	int run() {
		Integer deleted = this.transactions.execute((status) -> {
			boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(?)")
				.param(LOCK)
				.query(Boolean.class)
				.single();
			if (!locked) {
				return -1;
			}
			return sweep();
		});
		if (deleted != null && deleted > 0) {
			log.info("Orphaned-file cleanup deleted {} object(s) from bucket {} that no evidence file names", deleted,
					this.store.bucket());
		}
		return (deleted != null) ? deleted : 0;
	}

	private int sweep() {
		Instant cutoff = this.clock.instant().minus(this.grace);
		List<String> batch = new ArrayList<>();
		int[] deleted = { 0 };
		this.store.forEachObject((object) -> {
			if (object.lastModified() != null && object.lastModified().isAfter(cutoff)) {
				return;
			}
			batch.add(object.key().substring(this.store.prefix().length()));
			if (batch.size() >= BATCH) {
				deleted[0] += deleteUnnamed(batch);
				batch.clear();
			}
		});
		deleted[0] += deleteUnnamed(batch);
		return deleted[0];
	}

	private int deleteUnnamed(List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		Set<String> named = new HashSet<>(
				this.jdbc.sql("select content_key from evidence_file where content_key = any(?)")
					.param(keys.toArray(String[]::new))
					.query(String.class)
					.list());
		int deleted = 0;
		for (String key : keys) {
			if (!named.contains(key)) {
				this.store.deleteObject(this.store.objectName(key));
				deleted++;
			}
		}
		return deleted;
	}

}
