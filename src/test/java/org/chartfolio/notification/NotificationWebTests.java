package org.chartfolio.notification;

import java.time.Duration;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.review.SectionReviewEvent.Kind.APPROVED;
import static org.chartfolio.review.SectionReviewEvent.Kind.COMMENTED;
import static org.chartfolio.review.SectionReviewEvent.Kind.READY_FOR_REVIEW;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The notifications page and the header's count, with no mail server configured. */
@IntegrationTest
class NotificationWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene portfolioScene;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private NotificationScenes scenes;

	private NotificationScene scene;

	@BeforeEach
	void scene() {
		this.scene = this.scenes.candidate("Aisha <b>Khan</b>");
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/notifications/1/open").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/notifications/read").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theHeaderCountsUnreadAndOpeningOneMarksItReadAndLandsOnTheSection() throws Exception {
		this.mvc.perform(get("/").with(user(this.scene.mentor())))
			.andExpect(content().string(containsString(">Notifications</a>")));
		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());
		this.scene.happens(COMMENTED, this.scene.candidate());

		this.mvc.perform(get("/").with(user(this.scene.mentor())))
			.andExpect(content().string(containsString("Notifications (2 unread)")));
		this.mvc.perform(get("/notifications").with(user(this.scene.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aisha &lt;b&gt;Khan&lt;/b&gt; asks you to review &quot;"
					+ this.scene.sectionTitle() + "&quot; in &quot;My certification portfolio&quot;.")))
			.andExpect(content().string(containsString("Aisha &lt;b&gt;Khan&lt;/b&gt; commented on")))
			.andExpect(content().string(not(containsString("<b>Khan</b>"))))
			.andExpect(content().string(containsString(">Unread</strong>")));

		long comment = this.scenes.latestId(this.scene.mentor(), "COMMENTED");
		this.mvc.perform(post("/notifications/" + comment + "/open").with(user(this.scene.mentor())).with(csrf()))
			.andExpect(redirectedUrl(this.scene.sectionPath() + "/review#comments"));
		this.mvc.perform(get(this.scene.sectionPath()).with(user(this.scene.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Notifications (1 unread)")));

		this.mvc.perform(post("/notifications/read").with(user(this.scene.mentor())).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("notice", "notifications.allRead"));
		this.mvc.perform(get("/notifications").with(user(this.scene.mentor())))
			.andExpect(content().string(containsString(">Notifications</a>")))
			.andExpect(content().string(not(containsString(">Unread</strong>"))))
			.andExpect(content().string(not(containsString("Mark all as read"))));
	}

	@Test
	void anotherPersonsNotificationIsNotFoundAndStaysUnread() throws Exception {
		this.scene.happens(APPROVED, this.scene.mentor());
		long approval = this.scenes.latestId(this.scene.candidate(), "APPROVED");
		SignedInUser stranger = this.fixtures.person("Stranger");

		this.mvc.perform(post("/notifications/" + approval + "/open").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/" + approval + "/open").with(user(this.scene.mentor())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/999999999/open").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications").with(user(stranger)))
			.andExpect(content().string(containsString("You have no notifications.")))
			.andExpect(content().string(not(containsString("approved"))));
		this.mvc.perform(get("/").with(user(this.scene.candidate())))
			.andExpect(content().string(containsString("Notifications (1 unread)")));
	}

	@Test
	void aMentorWhoseAccessEndedNeitherSeesCountsNorFollowsTheirNotifications() throws Exception {
		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());
		long request = this.scenes.latestId(this.scene.mentor(), "READY_FOR_REVIEW");
		this.mvc.perform(get("/").with(user(this.scene.mentor())))
			.andExpect(content().string(containsString("Notifications (1 unread)")));

		this.scene.mentorLeaves();

		this.mvc.perform(get("/").with(user(this.scene.mentor())))
			.andExpect(content().string(containsString(">Notifications</a>")))
			.andExpect(content().string(not(containsString("unread)"))));
		this.mvc.perform(get("/notifications").with(user(this.scene.mentor())))
			.andExpect(content().string(containsString("You have no notifications.")))
			.andExpect(content().string(not(containsString("My certification portfolio"))));
		this.mvc.perform(post("/notifications/" + request + "/open").with(user(this.scene.mentor())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select read_at is null from notification where id = ?")
			.param(request)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void withoutAMailServerThePeoplePageSaysToPassTheLinkOnByHand() throws Exception {
		String path = "/portfolios/" + this.scene.portfolioId() + "/people";
		this.mvc.perform(get(path).with(user(this.scene.candidate())))
			.andExpect(content().string(containsString("pass it on by hand")))
			.andExpect(content().string(not(containsString("also emails"))));
		this.mvc
			.perform(post(path + "/invitations").param("email", "someone@example.org")
				.param("role", "MENTOR")
				.with(user(this.scene.candidate()))
				.with(csrf()))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("linkDelivery", org.chartfolio.access.InvitationEmail.Delivery.BY_HAND));
	}

	@Test
	void anInviteeWithAnAccountHearsOfTheInvitationInTheApp() throws Exception {
		SignedInUser invitee = this.fixtures.person("Invited Person");
		Portfolio p = this.portfolioScene.candidate("Lone Candidate").portfolio("chartership");
		this.mvc
			.perform(post("/portfolios/" + p.id() + "/people/invitations").param("email", invitee.email().toUpperCase())
				.param("role", "MENTOR")
				.with(user(p.candidate()))
				.with(csrf()))
			.andExpect(redirectedUrl("/portfolios/" + p.id() + "/people"));

		this.mvc.perform(get("/notifications").with(user(invitee)))
			.andExpect(content().string(containsString(
					"Lone Candidate invites you to be the Mentor for the portfolio &quot;My chartership portfolio&quot;.")))
			.andExpect(content().string(containsString("Notifications (1 unread)")))
			.andExpect(content().string(containsString(">Mark as read</button>")));
		long invitation = this.scenes.latestId(invitee, "INVITED");
		assertThat(this.jdbc.sql("select link_path is null from notification where id = ?")
			.param(invitation)
			.query(Boolean.class)
			.single()).as("the link's token is kept nowhere but in the invitee's hands").isTrue();
		this.mvc.perform(post("/notifications/" + invitation + "/open").with(user(invitee)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		this.mvc.perform(get("/").with(user(invitee))).andExpect(content().string(not(containsString("unread)"))));
	}

	@Test
	void aRevokedInvitationLeavesTheListAndTheCountAndFollowingItSaysItWasWithdrawn() throws Exception {
		Invited invited = invitedToALonePortfolio();
		long notification = this.scenes.latestId(invited.invitee(), "INVITED");
		this.mvc.perform(get("/notifications").with(user(invited.invitee())))
			.andExpect(content().string(containsString("Lone Candidate invites you")))
			.andExpect(content().string(containsString("Notifications (1 unread)")));

		this.mvc.perform(
				post("/portfolios/" + invited.portfolio() + "/people/invitations/" + invited.invitation() + "/revoke")
					.with(user(invited.candidate()))
					.with(csrf()))
			.andExpect(flash().attribute("notice", "people.revoked"));

		this.mvc.perform(get("/notifications").with(user(invited.invitee())))
			.andExpect(content().string(containsString("You have no notifications.")))
			.andExpect(content().string(not(containsString("Lone Candidate invites you"))))
			.andExpect(content().string(not(containsString("unread)"))));
		// The list the invitee opened before the candidate revoked it still has the
		// button.
		MvcResult followed = this.mvc
			.perform(post("/notifications/" + notification + "/open").with(user(invited.invitee())).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("invitationGone", "notifications.invitation.revoked"))
			.andReturn();
		this.mvc.perform(get("/notifications").with(user(invited.invitee())).flashAttrs(followed.getFlashMap()))
			.andExpect(content()
				.string(containsString("The candidate withdrew this invitation, so its link no longer works.")));
	}

	@Test
	void anAcceptedOrExpiredInvitationIsNoLongerListedAndANewLinkReplacesTheOldNotification() throws Exception {
		Invited invited = invitedToALonePortfolio();
		MvcResult renewed = this.mvc.perform(
				post("/portfolios/" + invited.portfolio() + "/people/invitations/" + invited.invitation() + "/new-link")
					.with(user(invited.candidate()))
					.with(csrf()))
			.andReturn();
		this.mvc.perform(get("/").with(user(invited.invitee())))
			.andExpect(content().string(containsString("Notifications (1 unread)")));

		String link = (String) renewed.getFlashMap().get("newLink");
		this.mvc
			.perform(post(link.substring(link.indexOf("/invitations/")) + "/accept").with(user(invited.invitee()))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "invitation.accepted"));
		this.mvc.perform(get("/notifications").with(user(invited.invitee())))
			.andExpect(content().string(containsString("You have no notifications.")))
			.andExpect(content().string(not(containsString("unread)"))));
		this.mvc
			.perform(post("/notifications/" + this.scenes.latestId(invited.invitee(), "INVITED") + "/open")
				.with(user(invited.invitee()))
				.with(csrf()))
			.andExpect(flash().attribute("invitationGone", "notifications.invitation.accepted"));

		SignedInUser late = this.fixtures.person("Late Invitee");
		invite(invited.candidate(), invited.portfolio(), late);
		this.mvc.perform(get("/").with(user(late)))
			.andExpect(content().string(containsString("Notifications (1 unread)")));
		this.clock.advance(Duration.ofDays(15));
		try {
			this.mvc.perform(get("/notifications").with(user(late)))
				.andExpect(content().string(containsString("You have no notifications.")))
				.andExpect(content().string(not(containsString("unread)"))));
			this.mvc
				.perform(post("/notifications/" + this.scenes.latestId(late, "INVITED") + "/open").with(user(late))
					.with(csrf()))
				.andExpect(flash().attribute("invitationGone", "notifications.invitation.expired"));
		}
		finally {
			this.clock.advance(Duration.ofDays(-15));
		}
	}

	record Invited(SignedInUser invitee, SignedInUser candidate, long portfolio, long invitation) {
	}

	/** Somebody with an account, invited as mentor to a portfolio that has none. */
	private Invited invitedToALonePortfolio() throws Exception {
		SignedInUser invitee = this.fixtures.person("Invited Person");
		Portfolio p = this.portfolioScene.candidate("Lone Candidate").portfolio("chartership");
		return new Invited(invitee, p.candidate(), p.id(), invite(p.candidate(), p.id(), invitee));
	}

	private long invite(SignedInUser candidate, long portfolio, SignedInUser invitee) throws Exception {
		this.mvc
			.perform(post("/portfolios/" + portfolio + "/people/invitations").param("email", invitee.email())
				.param("role", "MENTOR")
				.with(user(candidate))
				.with(csrf()))
			.andExpect(redirectedUrl("/portfolios/" + portfolio + "/people"));
		return this.jdbc.sql("select id from invitation where portfolio_id = ? and email = ?")
			.param(portfolio)
			.param(invitee.email().toLowerCase(java.util.Locale.ROOT))
			.query(Long.class)
			.single();
	}

}
