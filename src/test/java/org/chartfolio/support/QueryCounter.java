package org.chartfolio.support;

import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application sends while something runs (through Hibernate
 * or JdbcClient alike), so that a test can prove a page needs the same number of queries
 * for 5 items as for 150.
 */
@TestComponent
public class QueryCounter {

	private final JdbcRecorder recorder;

	QueryCounter(JdbcRecorder recorder) {
		this.recorder = recorder;
	}

	public interface Action {

		void run() throws Exception;

	}

	public long count(Action action) throws Exception {
		return this.recorder.record(action::run).statementCount();
	}

}
