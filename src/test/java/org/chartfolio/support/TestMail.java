package org.chartfolio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One in-process SMTP server (GreenMail) for every test that needs a configured mail
 * server. It keeps every message for the whole run, so tests look for their own by their
 * own unique address.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	/** Points a test context at the server: the tests say {@link MailServer}. */
	static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("chartfolio-test-mail",
						Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", server().getSmtp().getPort(),
								"chartfolio.mail.from", "chartfolio@example.org")));
		}

	}

	/** The server's SMTP port, for an application started by the test itself. */
	public static int port() {
		return server().getSmtp().getPort();
	}

	/** A message as a person would read it. */
	public record Mail(String to, String from, String subject, String contentType, String body) {
	}

	/** The messages sent to this address so far, oldest first. */
	public static List<Mail> to(String address) {
		return Arrays.stream(server().getReceivedMessages())
			.filter((m) -> isFor(m, address))
			.map(TestMail::mail)
			.toList();
	}

	/**
	 * Waits (up to ten seconds) until this address has received {@code count} messages,
	 * since email goes out in the background, and gives them back, oldest first. Woken by
	 * GreenMail as each message arrives; never sleeps a fixed time.
	 */
	public static List<Mail> await(String address, int count) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (true) {
			int seen = server().getReceivedMessages().length;
			List<Mail> mails = to(address);
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (mails.size() >= count) {
				return mails;
			}
			if (left <= 0) {
				throw new AssertionError("Expected " + count + " emails to " + address + " but got " + mails.size());
			}
			server().waitForIncomingEmail(left, seen + 1);
		}
	}

	private static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException broken) {
			throw new IllegalStateException(broken);
		}
	}

	private static Mail mail(MimeMessage message) {
		try {
			return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
					message.getFrom()[0].toString(), message.getSubject(), message.getContentType(),
					String.valueOf(message.getContent()).replace("\r\n", "\n"));
		}
		catch (MessagingException | IOException broken) {
			throw new IllegalStateException(broken);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

}
