package org.chartfolio.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.review.SectionReviewEvent;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.MailServer;
import org.chartfolio.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
@MailServer
class NotificationJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "willow compass evening";

	private static final Pattern INVITATION_LINK = Pattern.compile("http\\S+(/invitations/[A-Za-z0-9_-]+)");

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theInvitationArrivesByEmailAndAReviewRequestShowsInTheMentorsHeaderUntilOpened() {
		String candidateEmail = "cand-" + UUID.randomUUID() + "@example.org";
		String mentorEmail = "mentor-" + UUID.randomUUID() + "@example.org";
		registerAndSignIn("Aisha Khan", candidateEmail, PASSWORD);
		String overview = startPortfolio("Certification (ACLIP)", "Aisha's Certification");

		this.browser.click("People");
		assertThat(this.browser.mainText()).contains("Chartfolio also emails the link").doesNotContain("by hand");
		this.browser.fill("email", mentorEmail).choose("Mentor").click("Create invitation link");
		assertThat(this.browser.mainText()).contains("The link is being emailed to " + mentorEmail + ".");
		String shownLink = this.browser.value("new-link");

		List<TestMail.Mail> mails = TestMail.await(mentorEmail, 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject())
			.isEqualTo("Chartfolio: Aisha Khan invites you to be the Mentor for \"Aisha's Certification\"");
		Matcher link = INVITATION_LINK.matcher(mails.get(0).body());
		assertThat(link.find()).as("an invitation link in " + mails.get(0).body()).isTrue();
		assertThat(link.group()).isEqualTo(shownLink);
		this.browser.click("Sign out");

		this.browser.open(link.group(1));
		registerFromHereAndSignIn("Tom Reed", mentorEmail, PASSWORD);
		this.browser.click("Accept");
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.text("[data-testid=notifications-link]")).isEqualTo("Notifications");

		long portfolioId = Long.parseLong(overview.replaceAll("\\D+", ""));
		String section = readyForReview(portfolioId, candidateEmail);

		this.browser.open("/");
		assertThat(this.browser.text("[data-testid=notifications-link]")).isEqualTo("Notifications (1 unread)");
		this.browser.click("Notifications (1 unread)");
		assertThat(this.browser.path()).isEqualTo("/notifications");
		assertThat(this.browser.mainText()).contains("Unread")
			.contains("Aisha Khan asks you to review \"Personal performance\" in \"Aisha's Certification\".");
		this.browser.click("Open");

		// The mentor acts on the review page.
		assertThat(this.browser.path()).startsWith(section + "/review");
		assertThat(this.browser.text("[data-testid=notifications-link]")).isEqualTo("Notifications");
		this.browser.click("Notifications");
		assertThat(this.browser.mainText()).doesNotContain("Unread").contains("Aisha Khan asks you to review");
		assertThat(TestMail.await(mentorEmail, 2)).hasSize(2);
		assertThat(TestMail.to(mentorEmail).get(1).body()).contains(section);
	}

	/**
	 * What the review module will do when the candidate marks the section ready: publish
	 * its event.
	 */
	private String readyForReview(long portfolioId, String candidateEmail) {
		long candidateId = this.jdbc.sql("select id from account where email = ?")
			.param(candidateEmail)
			.query(Long.class)
			.single();
		long sectionId = this.jdbc.sql("select id from section where portfolio_id = ? order by position limit 1")
			.param(portfolioId)
			.query(Long.class)
			.single();
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new SectionReviewEvent(SectionReviewEvent.Kind.READY_FOR_REVIEW,
						portfolioId, sectionId, "Personal performance", candidateId, "Aisha Khan", "", Instant.now())));
		return "/portfolios/" + portfolioId + "/sections/" + sectionId;
	}

}
