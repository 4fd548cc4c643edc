package org.chartfolio.notification;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Email that has not gone out yet (the mail server was down, or the instance that was to
 * send it stopped first) is handed to its listener again every
 * {@code chartfolio.mail.retry-interval}, by one instance of the cluster at a time (a
 * db-scheduler recurring task), once it is at least that old, so an email still on its
 * way is not sent twice. A restart sends what is left as well
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
class MailResubmission {

	static final String TASK = "mail-resubmission";

	@Bean
	RecurringTask<Void> mailResubmissionTask(IncompleteEventPublications publications,
			@Value("${chartfolio.mail.retry-interval:5m}") Duration interval) {
		return Tasks.recurring(TASK, Schedules.fixedDelay(interval))
			.execute((instance, context) -> publications.resubmitIncompletePublicationsOlderThan(interval));
	}

}
