package org.chartfolio.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * One PDF export, kept in memory while it runs and until it expires. It belongs to the person who
 * started it; its state is written by the export's thread and read by the progress page.
 */
final class ExportJob {

	enum State {
		WAITING, RUNNING, READY, FAILED
	}

	private final UUID id;

	private final long ownerId;

	private final long portfolioId;

	private final Path folder;

	private final Instant startedAt;

	private volatile State state = State.WAITING;

	private volatile Step step = new Step("export.step.waiting", 0, 0);

	private volatile Path file;

	private volatile Instant finishedAt;

	/** How far the export has got: a message key with, for counted steps, done of total. */
	record Step(String messageKey, int done, int total) {

		public boolean counted() {
			return this.total > 0;
		}

	}

	ExportJob(UUID id, long ownerId, long portfolioId, Path folder, Instant startedAt) {
		this.id = id;
		this.ownerId = ownerId;
		this.portfolioId = portfolioId;
		this.folder = folder;
		this.startedAt = startedAt;
	}

	void step(String messageKey, int done, int total) {
		this.state = State.RUNNING;
		this.step = new Step(messageKey, done, total);
	}

	void ready(Path file, Instant at) {
		this.file = file;
		this.finishedAt = at;
		this.state = State.READY;
	}

	void failed(Instant at) {
		this.finishedAt = at;
		this.state = State.FAILED;
	}

	boolean belongsTo(long accountId, long portfolioId) {
		return this.ownerId == accountId && this.portfolioId == portfolioId;
	}

	boolean finished() {
		return this.state == State.READY || this.state == State.FAILED;
	}

	UUID id() {
		return this.id;
	}

	long portfolioId() {
		return this.portfolioId;
	}

	Path folder() {
		return this.folder;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	State state() {
		return this.state;
	}

	Step currentStep() {
		return this.step;
	}

	Path file() {
		return this.file;
	}

	Instant finishedAt() {
		return this.finishedAt;
	}

}
