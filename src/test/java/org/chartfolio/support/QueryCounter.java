package org.chartfolio.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements Hibernate prepares while something runs, so that a test can prove a
 * page needs the same number of queries for 5 items as for 150.
 */
@TestComponent
public class QueryCounter {

	private final Statistics statistics;

	QueryCounter(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	public interface Action {

		void run() throws Exception;

	}

	public long count(Action action) throws Exception {
		this.statistics.setStatisticsEnabled(true);
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

}
