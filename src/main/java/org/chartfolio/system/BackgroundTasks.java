package org.chartfolio.system;

import java.util.List;

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
 * The db-scheduler that runs every module's background tasks (PDF exports, the cluster-wide recurring
 * clean-ups) from the table {@code scheduled_tasks}, which every instance polls: each execution runs on
 * one instance, and one whose instance dies is run again by another. Configured by the
 * {@code db-scheduler.*} properties (README, "Configuration").
 * <p>
 * Built here rather than by the starter's auto-configuration, which orders itself after Spring Boot 3's
 * data source configuration and so, on Boot 4, finds no data source yet and stays away. It starts once
 * the context has refreshed (after Flyway has made its table) and stops with it, handing back what it
 * could not finish within {@code db-scheduler.shutdown-max-wait}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DbSchedulerProperties.class)
class BackgroundTasks {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DbSchedulerProperties properties, DataSource dataSource, List<Task<?>> tasks) {
		return DbSchedulerConfigurationSupport.buildScheduler(properties, new DbSchedulerCustomizer() {
		}, StatsRegistry.NOOP, new SystemClock(), dataSource, tasks, List.of(), List.of());
	}

	@Bean
	ContextReadyStart schedulerStart(Scheduler scheduler) {
		return new ContextReadyStart(scheduler);
	}

}
