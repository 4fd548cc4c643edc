package org.chartfolio.export;

import java.time.Instant;
import java.util.UUID;

/**
 * One PDF export as the database holds it ({@code export_job}): whose it is, how far it
 * has got and, once ready, the size of its PDF. Whichever instance runs it writes the
 * state; whichever serves the progress page reads it.
 */
record ExportJob(UUID id, long ownerId, long portfolioId, State state, Step step, Instant finishedAt, Long pdfSize) {

	enum State {

		WAITING, RUNNING, READY, FAILED

	}

	/**
	 * How far the export has got: a message key with, for counted steps, done of total.
	 */
	record Step(String messageKey, int done, int total) {

		static final Step WAITING = new Step("export.step.waiting", 0, 0);

		public boolean counted() {
			return this.total > 0;
		}

	}

	boolean finished() {
		return this.state == State.READY || this.state == State.FAILED;
	}

}
