package org.chartfolio.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.chartfolio.access.InvitationEmail;
import org.chartfolio.access.InvitationIssued;
import org.chartfolio.account.AccountEmail;
import org.chartfolio.system.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Email, where a mail server is configured (spring.mail.host): Spring Boot then provides a
 * {@link JavaMailSender}, and without one nothing is sent and nothing fails. Every email is plain
 * text, so a name or title can never turn into markup, and its text comes from messages.properties.
 * <p>
 * Email goes out after the change has committed, on a small pool of its own with a bounded queue,
 * so a slow mail server never holds up the page (its timeouts are 5 to 10 seconds). A failed send is
 * logged in one line and never undoes what happened; when the queue is full, the email is dropped
 * and logged the same way, and an invitation link is reported as not sent.
 */
@Component
class NotificationMailer implements InvitationEmail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	private static final Locale LOCALE = Locale.UK;

	private static final int SENDERS = 2;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final SiteAddress site;

	private final String from;

	private final ThreadPoolExecutor outbox;

	// The people page asks right after the service returns, on the same thread that committed and so
	// ran the after-commit listener that handed the email to the outbox.
	private final ThreadLocal<Map<String, Delivery>> deliveries = ThreadLocal.withInitial(HashMap::new);

	NotificationMailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, SiteAddress site,
			@Value("${chartfolio.mail.from:chartfolio@localhost}") String from,
			@Value("${chartfolio.mail.queue:200}") int queue) {
		this.sender = sender;
		this.messages = messages;
		this.site = site;
		this.from = from;
		AtomicInteger threads = new AtomicInteger();
		this.outbox = new ThreadPoolExecutor(SENDERS, SENDERS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
				(task) -> {
					Thread thread = new Thread(task, "mail-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/** Whatever is still queued gets a few seconds to go out when the app stops. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.outbox.shutdown();
		if (!this.outbox.awaitTermination(15, TimeUnit.SECONDS)) {
			log.warn("Stopped with {} emails unsent", this.outbox.shutdownNow().size());
		}
	}

	@Override
	public boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	@Override
	public Delivery deliveryTo(String email) {
		Map<String, Delivery> sent = this.deliveries.get();
		Delivery delivery = sent.remove(email);
		if (sent.isEmpty()) {
			this.deliveries.remove();
		}
		return (delivery != null) ? delivery : Delivery.BY_HAND;
	}

	void invitation(InvitationIssued issued) {
		if (!enabled()) {
			return;
		}
		Object[] args = { plain(issued.inviterName()), plain(issued.portfolioTitle()),
				text(issued.role().labelKey()), issued.link() };
		boolean queued = send(issued.email(), text("notification.mail.subject.invitation", args),
				text("notification.mail.body.invitation", args));
		this.deliveries.get().put(issued.email(), queued ? Delivery.SENDING : Delivery.FAILED);
	}

	void notification(NotificationRecorded recorded) {
		if (!enabled()) {
			return;
		}
		Object[] args = { plain(recorded.actorName()), plain(recorded.sectionTitle()),
				plain(recorded.portfolioTitle()) };
		String what = text(recorded.kind().labelKey(), args);
		String body = text("notification.mail.body", plain(recorded.recipientName()), what,
				this.site.absolute((recorded.linkPath() != null) ? recorded.linkPath() : "/notifications"));
		send(recorded.recipientEmail(), text(recorded.kind().subjectKey(), args), body);
	}

	/** An email the account module asked for: its words come from the kind, its link from the account module. */
	void account(AccountEmail email) {
		if (!enabled()) {
			return;
		}
		Object[] args = { plain(email.name()), email.link(), email.to() };
		send(email.to(), text(email.kind().subjectKey(), args), text(email.kind().bodyKey(), args));
	}

	/** Hands the email to the outbox; false when the outbox is full (or stopped) and it will not go out. */
	private boolean send(String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			this.outbox.execute(() -> deliver(message));
			return true;
		}
		catch (RejectedExecutionException full) {
			log.warn("Could not send email to {}: too many emails waiting to be sent", to);
			return false;
		}
	}

	private void deliver(SimpleMailMessage message) {
		try {
			this.sender.getObject().send(message);
		}
		catch (RuntimeException failed) {
			log.warn("Could not send email to {}: {}", String.join(", ", message.getTo()), failed.getMessage());
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

	/** Names and titles on one line: no line break of theirs reaches a header or shapes the text. */
	private static String plain(String value) {
		return (value != null) ? value.replaceAll("\\p{Cntrl}+", " ").strip() : "";
	}

}
