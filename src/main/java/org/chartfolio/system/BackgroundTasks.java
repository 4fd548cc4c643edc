package org.chartfolio.system;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.boot.config.startup.ContextReadyStart;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler that runs every module's background tasks (PDF exports, the
 * cluster-wide recurring clean-ups) from the table {@code scheduled_tasks}, which every
 * instance polls: each execution runs on one instance, and one whose instance dies is run
 * again by another. Configured by the {@code db-scheduler.*} properties (README,
 * "Configuration").
 * <p>
 * Built here rather than by the starter's auto-configuration, which orders itself after
 * Spring Boot 3's data source configuration and so, on Boot 4, finds no data source yet
 * and stays away. It starts once the context has refreshed (after Flyway has made its
 * table) and stops with it, handing back what it could not finish within
 * {@code db-scheduler.shutdown-max-wait}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DbSchedulerProperties.class)
class BackgroundTasks {

	/**
	 * Every thread the scheduler uses is named for it, so a log line (or a test counting
	 * a page's queries) can tell.
	 */
	static final String THREAD_PREFIX = "db-scheduler-";

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DbSchedulerProperties properties, DataSource dataSource, List<Task<?>> tasks) {
		DbSchedulerCustomizer threads = new DbSchedulerCustomizer() {

			@Override
			public Optional<ExecutorService> executorService() {
				return Optional.of(Executors.newFixedThreadPool(properties.getThreads(), named("run-")));
			}

			@Override
			public Optional<ExecutorService> dueExecutor() {
				return Optional.of(Executors.newSingleThreadExecutor(named("poll-")));
			}

			@Override
			public Optional<ScheduledExecutorService> housekeeperExecutor() {
				return Optional.of(Executors.newScheduledThreadPool(3, named("housekeeper-")));
			}

		};
		return DbSchedulerConfigurationSupport.buildScheduler(properties, threads, StatsRegistry.NOOP,
				new SystemClock(), dataSource, tasks, List.of(), List.of());
	}

	private static ThreadFactory named(String role) {
		AtomicInteger count = new AtomicInteger();
		return (work) -> {
			Thread thread = new Thread(work, THREAD_PREFIX + role + count.incrementAndGet());
			// The scheduler stops its threads when the context closes; none of them may
			// keep a JVM alive.
			thread.setDaemon(true);
			return thread;
		};
	}

	@Bean
	ContextReadyStart schedulerStart(Scheduler scheduler) {
		return new ContextReadyStart(scheduler);
	}

}
