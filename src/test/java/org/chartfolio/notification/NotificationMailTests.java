package org.chartfolio.notification;

import java.util.List;
import java.util.UUID;

import org.chartfolio.access.InvitationEmail;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.review.SectionReviewEvent.Kind.CHANGES_REQUESTED;
import static org.chartfolio.review.SectionReviewEvent.Kind.READY_FOR_REVIEW;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** Email through a real (in-process) SMTP server: invitation links and review notifications. */
@IntegrationTest
class NotificationMailTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMail.configure(registry);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@MockitoSpyBean
	private JavaMailSender sender;

	private NotificationScene scene;

	@BeforeEach
	void scene() {
		this.scene = NotificationScene.create(this.fixtures, this.memberships, this.jdbc, this.events,
				this.transactions, "Eve <a href=\"https://evil.example\">Click</a>");
	}

	@Test
	void anInvitationLinkIsEmailedAsPlainTextAndThePeoplePageSaysSo() throws Exception {
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		String address = "mentor-" + UUID.randomUUID() + "@example.org";
		this.mvc.perform(get(path).with(user(this.scene.candidate())))
			.andExpect(content().string(containsString("Chartfolio also emails the link")))
			.andExpect(content().string(not(containsString("pass it on by hand"))));

		MvcResult invited = this.mvc.perform(post(path + "/invitations").param("email", address)
			.param("role", "MENTOR")
			.with(user(this.scene.candidate()))
			.with(csrf()))
			.andExpect(flash().attribute("linkDelivery", InvitationEmail.Delivery.EMAILED))
			.andReturn();
		String link = (String) invited.getFlashMap().get("newLink");
		assertThat(link).startsWith("http://localhost/invitations/");

		List<TestMail.Mail> mails = TestMail.to(address);
		assertThat(mails).hasSize(1);
		TestMail.Mail mail = mails.get(0);
		assertThat(mail.from()).isEqualTo("chartfolio@example.org");
		assertThat(mail.contentType()).startsWith("text/plain");
		assertThat(mail.subject()).isEqualTo(
				"Chartfolio: Eve <a href=\"https://evil.example\">Click</a> invites you to be the Mentor for \"My certification portfolio\"");
		assertThat(mail.body()).contains("invites you to be the Mentor for the portfolio \"My certification portfolio\"")
			.contains("\n" + link + "\n")
			.contains("It works once, for 14 days");

		this.mvc.perform(get(path).with(user(this.scene.candidate())).flashAttrs(invited.getFlashMap()))
			.andExpect(content().string(containsString("The link was also emailed to " + address + ".")));
	}

	@Test
	void aNewLinkIsEmailedAgainAndTheOldOneIsNotInIt() throws Exception {
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		String address = "boss-" + UUID.randomUUID() + "@example.org";
		MvcResult first = this.mvc.perform(post(path + "/invitations").param("email", address)
			.param("role", "LINE_MANAGER")
			.with(user(this.scene.candidate()))
			.with(csrf()))
			.andReturn();
		String oldLink = (String) first.getFlashMap().get("newLink");
		long invitation = this.jdbc.sql("select id from invitation where email = ?").param(address).query(Long.class).single();

		MvcResult renewed = this.mvc.perform(post(path + "/invitations/" + invitation + "/new-link")
			.with(user(this.scene.candidate()))
			.with(csrf()))
			.andExpect(flash().attribute("linkDelivery", InvitationEmail.Delivery.EMAILED))
			.andReturn();
		String newLink = (String) renewed.getFlashMap().get("newLink");

		List<TestMail.Mail> mails = TestMail.to(address);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).body()).contains(newLink).doesNotContain(oldLink);
	}

	@Test
	void aFailedSendSaysSoAndTheInvitationStands() throws Exception {
		doThrow(new MailSendException("Connection refused")).when(this.sender).send(any(SimpleMailMessage.class));
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		String address = "mentor-" + UUID.randomUUID() + "@example.org";

		MvcResult invited = this.mvc.perform(post(path + "/invitations").param("email", address)
			.param("role", "MENTOR")
			.with(user(this.scene.candidate()))
			.with(csrf()))
			.andExpect(flash().attribute("linkDelivery", InvitationEmail.Delivery.FAILED))
			.andReturn();

		this.mvc.perform(get(path).with(user(this.scene.candidate())).flashAttrs(invited.getFlashMap()))
			.andExpect(content().string(containsString("The email to " + address
					+ " could not be sent. The invitation stands: copy the link and pass it on by hand.")))
			.andExpect(content().string(containsString(address)))
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(this.jdbc.sql("select state from invitation where email = ?").param(address).query(String.class).single())
			.isEqualTo("OPEN");
		assertThat(TestMail.to(address)).isEmpty();
	}

	@Test
	void aReviewEventIsEmailedToTheRecipientWithAnAbsoluteLinkToTheSection() {
		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());

		List<TestMail.Mail> mails = TestMail.to(this.scene.mentor().email());
		assertThat(mails).hasSize(1);
		TestMail.Mail mail = mails.get(0);
		assertThat(mail.contentType()).startsWith("text/plain");
		assertThat(mail.subject()).isEqualTo("Chartfolio: Eve <a href=\"https://evil.example\">Click</a> asks you to review \""
				+ this.scene.sectionTitle() + "\"");
		assertThat(mail.body()).startsWith("Hello Tom Reed,")
			.containsPattern("\nhttp://localhost(:\\d+)?" + this.scene.sectionPath() + "\n");
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

}
