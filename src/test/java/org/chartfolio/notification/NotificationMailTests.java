package org.chartfolio.notification;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.chartfolio.access.InvitationEmail;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MailServer;
import org.chartfolio.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.review.SectionReviewEvent.Kind.CHANGES_REQUESTED;
import static org.chartfolio.review.SectionReviewEvent.Kind.READY_FOR_REVIEW;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Email through a real (in-process) SMTP server: invitation links and review
 * notifications.
 */
@IntegrationTest
@MailServer
class NotificationMailTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private IncompleteEventPublications publications;

	@Autowired
	private JavaMailSender sender;

	@Autowired
	private NotificationScenes scenes;

	private NotificationScene scene;

	@BeforeEach
	void scene() {
		this.scene = this.scenes.candidate("Eve <a href=\"https://evil.example\">Click</a>");
	}

	@Test
	void anInvitationLinkIsEmailedAsPlainTextAndThePeoplePageSaysSo() throws Exception {
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		String address = "mentor-" + UUID.randomUUID() + "@example.org";
		this.mvc.perform(get(path).with(user(this.scene.candidate())))
			.andExpect(content().string(containsString("Chartfolio also emails the link")))
			.andExpect(content().string(not(containsString("pass it on by hand"))));

		MvcResult invited = inviteMentor(path, address);
		String link = (String) invited.getFlashMap().get("newLink");
		assertThat(link).startsWith("https://chartfolio.test/invitations/");

		List<TestMail.Mail> mails = TestMail.await(address, 1);
		assertThat(mails).hasSize(1);
		TestMail.Mail mail = mails.get(0);
		assertThat(mail.from()).isEqualTo("chartfolio@example.org");
		assertThat(mail.contentType()).startsWith("text/plain");
		assertThat(mail.subject()).isEqualTo(
				"Chartfolio: Eve <a href=\"https://evil.example\">Click</a> invites you to be the Mentor for \"My certification portfolio\"");
		assertThat(mail.body())
			.contains("invites you to be the Mentor for the portfolio \"My certification portfolio\"")
			.contains("\n" + link + "\n")
			.contains("It works once, for 14 days");

		this.mvc.perform(get(path).with(user(this.scene.candidate())).flashAttrs(invited.getFlashMap()))
			.andExpect(content().string(containsString("The link is being emailed to " + address + ".")));
	}

	@Test
	void aNewLinkIsEmailedAgainAndTheOldOneIsNotInIt() throws Exception {
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		String address = "boss-" + UUID.randomUUID() + "@example.org";
		MvcResult first = this.mvc
			.perform(post(path + "/invitations").param("email", address)
				.param("role", "LINE_MANAGER")
				.with(user(this.scene.candidate()))
				.with(csrf()))
			.andReturn();
		String oldLink = (String) first.getFlashMap().get("newLink");
		long invitation = this.jdbc.sql("select id from invitation where email = ?")
			.param(address)
			.query(Long.class)
			.single();

		MvcResult renewed = this.mvc
			.perform(post(path + "/invitations/" + invitation + "/new-link").with(user(this.scene.candidate()))
				.with(csrf()))
			.andExpect(flash().attribute("linkDelivery", InvitationEmail.Delivery.SENDING))
			.andReturn();
		String newLink = (String) renewed.getFlashMap().get("newLink");

		List<TestMail.Mail> mails = TestMail.await(address, 2);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).body()).contains(newLink).doesNotContain(oldLink);
	}

	@Test
	void aFailedSendIsLoggedOnceAndThePeoplePageNeverClaimedItWasSent() throws Exception {
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		String address = "mentor-" + UUID.randomUUID() + "@example.org";
		doThrow(new MailSendException("Connection refused")).when(this.sender).send(any(SimpleMailMessage.class));
		List<String> warnings = new CopyOnWriteArrayList<>();
		CountDownLatch logged = new CountDownLatch(1);
		AppenderBase<ILoggingEvent> log = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				if (event.getFormattedMessage().contains(address)) {
					warnings.add(event.getLevel() + " " + event.getFormattedMessage());
					logged.countDown();
				}
			}
		};
		Logger mailerLog = (Logger) LoggerFactory.getLogger(NotificationMailer.class);
		log.start();
		mailerLog.addAppender(log);
		try {
			MvcResult invited = inviteMentor(path, address);

			this.mvc.perform(get(path).with(user(this.scene.candidate())).flashAttrs(invited.getFlashMap()))
				.andExpect(content().string(containsString("The link is being emailed to " + address
						+ ". If it does not arrive, copy it from here and pass it on yourself.")))
				.andExpect(content().string(not(containsString("was emailed"))))
				.andExpect(content().string(not(containsString("Exception"))));
			assertThat(logged.await(10, TimeUnit.SECONDS)).as("the failure was logged").isTrue();
			assertThat(warnings).containsExactly("WARN Could not send email to " + address + ": Connection refused");
		}
		finally {
			mailerLog.detachAppender(log);
		}
		assertThat(this.jdbc.sql("select state from invitation where email = ?")
			.param(address)
			.query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(TestMail.to(address)).isEmpty();
	}

	@Test
	void theCandidatesPageDoesNotWaitForASlowMailServer() throws Exception {
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		String address = "slow-" + UUID.randomUUID() + "@example.org";
		CountDownLatch serverAnswers = new CountDownLatch(1);
		AtomicBoolean pageWaited = new AtomicBoolean(true);
		AtomicBoolean pageShown = new AtomicBoolean();
		doAnswer((call) -> {
			// A mail server that takes its time: it answers once the test lets it, or
			// after 5 seconds.
			serverAnswers.await(5, TimeUnit.SECONDS);
			pageWaited.set(!pageShown.get());
			return call.callRealMethod();
		}).when(this.sender).send(any(SimpleMailMessage.class));

		inviteMentor(path, address);
		pageShown.set(true);
		serverAnswers.countDown();

		assertThat(TestMail.await(address, 1)).hasSize(1);
		assertThat(pageWaited).as("the page was shown before the mail server answered").isFalse();
	}

	@Test
	void aReviewEventIsEmailedToTheRecipientWithAnAbsoluteLinkToTheReviewPage() {
		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());

		List<TestMail.Mail> mails = TestMail.await(this.scene.mentor().email(), 1);
		assertThat(mails).hasSize(1);
		TestMail.Mail mail = mails.get(0);
		assertThat(mail.contentType()).startsWith("text/plain");
		assertThat(mail.subject())
			.isEqualTo("Chartfolio: Eve <a href=\"https://evil.example\">Click</a> asks you to review \""
					+ this.scene.sectionTitle() + "\"");
		assertThat(mail.body()).startsWith("Hello Tom Reed,")
			.contains("\nhttps://chartfolio.test" + this.scene.sectionPath() + "/review\n");
		assertThat(TestMail.to(this.scene.candidate().email())).isEmpty();
	}

	@Test
	void nothingIsEmailedAboutAChangeThatWasRolledBack() {
		this.scene.happensButRollsBack(CHANGES_REQUESTED, this.scene.mentor());

		assertThat(TestMail.to(this.scene.candidate().email())).isEmpty();
	}

	@Test
	void aFailedNotificationEmailLeavesTheNotificationInTheApp() {
		doThrow(new MailSendException("Connection refused")).when(this.sender).send(any(SimpleMailMessage.class));
		SignedInUser mentor = this.scene.mentor();

		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());

		assertThat(this.jdbc.sql("select count(*) from notification where recipient_id = ?")
			.param(mentor.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anEmailTheMailServerRefusedIsKeptAndSentWhenItIsResubmitted() throws Exception {
		org.mockito.Mockito.clearInvocations(this.sender);
		doThrow(new MailSendException("Connection refused")).doCallRealMethod()
			.when(this.sender)
			.send(any(SimpleMailMessage.class));
		String mentor = this.scene.mentor().email();

		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());

		String kept = "select count(*) from event_publication where serialized_event like ?";
		for (int i = 0; i < 100 && !failedOnce(); i++) {
			Thread.sleep(100);
		}
		assertThat(failedOnce()).as("the mail server refused it").isTrue();
		assertThat(TestMail.to(mentor)).isEmpty();
		assertThat(this.jdbc.sql(kept).param("%" + mentor + "%").query(Long.class).single())
			.as("the email waits in the registry")
			.isEqualTo(1);

		// What the recurring task mail-resubmission (and a restart) does with what is
		// left.
		this.publications.resubmitIncompletePublications(
				(publication) -> publication.getEvent() instanceof NotificationRecorded recorded
						&& recorded.recipientEmail().equals(mentor));

		assertThat(TestMail.await(mentor, 1)).hasSize(1);
		for (int i = 0; i < 100 && this.jdbc.sql(kept).param("%" + mentor + "%").query(Long.class).single() > 0; i++) {
			Thread.sleep(100);
		}
		assertThat(this.jdbc.sql(kept).param("%" + mentor + "%").query(Long.class).single())
			.as("a sent email leaves nothing behind")
			.isZero();
	}

	private boolean failedOnce() {
		return org.mockito.Mockito.mockingDetails(this.sender)
			.getInvocations()
			.stream()
			.anyMatch((call) -> call.getMethod().getName().equals("send"));
	}

	/** The candidate invites a mentor; the page says the link is on its way by email. */
	private MvcResult inviteMentor(String peoplePath, String address) throws Exception {
		return this.mvc
			.perform(post(peoplePath + "/invitations").param("email", address)
				.param("role", "MENTOR")
				.with(user(this.scene.candidate()))
				.with(csrf()))
			.andExpect(redirectedUrl(peoplePath))
			.andExpect(flash().attribute("linkDelivery", InvitationEmail.Delivery.SENDING))
			.andReturn();
	}

}
