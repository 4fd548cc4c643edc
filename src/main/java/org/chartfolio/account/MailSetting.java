package org.chartfolio.account;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether this installation sends email (a mail server is configured, so Spring Boot made
 * a {@link JavaMailSender}): pages that would email a link say otherwise how to get one.
 */
@Component
@RequiredArgsConstructor
class MailSetting {

	private final ObjectProvider<JavaMailSender> sender;

	boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

}
