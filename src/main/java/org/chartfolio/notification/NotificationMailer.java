package org.chartfolio.notification;

import java.util.Locale;

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
 * Email, where a mail server is configured (spring.mail.host): Spring Boot then provides
 * a {@link JavaMailSender}, and without one nothing is sent and nothing fails. Every
 * email is plain text, so a name or title can never turn into markup, and its text comes
 * from messages.properties.
 * <p>
 * The listeners that call this run in the background once the change has committed, from
 * the event publication registry ({@link NotificationListeners}): a send that fails is
 * logged in one line and thrown on, so its publication stays in the registry and is sent
 * again later, never undoing what happened.
 */
@Component
class NotificationMailer implements InvitationEmail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	private static final Locale LOCALE = Locale.UK;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final SiteAddress site;

	private final String from;

	NotificationMailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, SiteAddress site,
			@Value("${chartfolio.mail.from:chartfolio@localhost}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.site = site;
		this.from = from;
	}

	@Override
	public boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	/**
	 * Once the invitation has committed its email is stored with it, so it is on its way
	 * whenever email is sent at all.
	 */
	@Override
	public Delivery deliveryTo(String email) {
		return enabled() ? Delivery.SENDING : Delivery.BY_HAND;
	}

	void invitation(InvitationIssued issued) {
		if (!enabled()) {
			return;
		}
		Object[] args = { plain(issued.inviterName()), plain(issued.portfolioTitle()), text(issued.role().messageKey()),
				issued.link() };
		send(issued.email(), text("notification.mail.subject.invitation", args),
				text("notification.mail.body.invitation", args));
	}

	void notification(NotificationRecorded recorded) {
		if (!enabled()) {
			return;
		}
		Object[] args = { plain(recorded.actorName()), plain(recorded.sectionTitle()),
				plain(recorded.portfolioTitle()) };
		String what = text(recorded.kind().messageKey(), args);
		String body = text("notification.mail.body", plain(recorded.recipientName()), what,
				this.site.absolute((recorded.linkPath() != null) ? recorded.linkPath() : "/notifications"));
		send(recorded.recipientEmail(), text(recorded.kind().subjectKey(), args), body);
	}

	/**
	 * An email the account module asked for: its words come from the kind, its link from
	 * the account module.
	 */
	void account(AccountEmail email) {
		if (!enabled()) {
			return;
		}
		Object[] args = { plain(email.name()), email.link(), email.to() };
		send(email.to(), text(email.kind().subjectKey(), args), text(email.kind().bodyKey(), args));
	}

	/**
	 * Sends it now; a failure is logged in one line and thrown on, so the registry keeps
	 * the email for another go.
	 */
	private void send(String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			this.sender.getObject().send(message);
		}
		catch (RuntimeException failed) {
			log.warn("Could not send email to {}: {}", to, failed.getMessage());
			throw failed;
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

	/**
	 * Names and titles on one line: no line break of theirs reaches a header or shapes
	 * the text.
	 */
	private static String plain(String value) {
		return (value != null) ? value.replaceAll("\\p{Cntrl}+", " ").strip() : "";
	}

}
