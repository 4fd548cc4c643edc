package org.chartfolio.access;

import java.time.Duration;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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

@IntegrationTest
class InvitationWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Test
	void theInvitationPageSaysWhoInvitesToWhatAndInWhichRole() throws Exception {
		SignedInUser mentor = this.scene.person("Mentor");
		Portfolio p = this.scene.candidate("Priya Shah").portfolio("chartership");
		String token = this.invitations.invite(p.candidate(), p.id(), mentor.email(), PortfolioRole.MENTOR).token();

		this.mvc.perform(get("/invitations/" + token).with(user(mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("This invitation was sent to"))))
			.andExpect(content().string(containsString(
					"Priya Shah invites you to be the Mentor for the portfolio &quot;My chartership portfolio&quot;")))
			.andExpect(content().string(containsString(">Accept</button>")))
			.andExpect(content().string(containsString(">Decline</button>")));
	}

	@Test
	void aRequestNamingAnotherHostNeverMakesALinkToIt() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		String people = "/portfolios/" + p.id() + "/people";
		String link = (String) this.mvc
			.perform(post(people + "/invitations").with(user(p.candidate()))
				.with(csrf())
				.header("Host", "evil.example")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "http")
				.param("email", "m@example.org")
				.param("role", "MENTOR"))
			.andReturn()
			.getFlashMap()
			.get("newLink");
		assertThat(link).startsWith("https://chartfolio.test/invitations/").doesNotContain("evil.example");
	}

	@Test
	void anInvitationOpenedWithAnotherAddressSaysSoAndWantsConfirmation() throws Exception {
		SignedInUser other = this.scene.person("Someone Else");
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		String token = this.invitations.invite(p.candidate(), p.id(), "ruth@example.org", PortfolioRole.MENTOR).token();

		this.mvc.perform(get("/invitations/" + token).with(user(other)))
			.andExpect(content().string(containsString(
					"This invitation was sent to ruth@example.org, but you are signed in as " + other.email())))
			.andExpect(content().string(containsString("Accept as " + other.email())))
			.andExpect(content().string(containsString("name=\"otherAddress\" value=\"true\"")));
		this.mvc.perform(post("/invitations/" + token + "/accept").with(user(other)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Check that it is meant for you")));
		assertThat(this.invitations.people(p.candidate(), p.id()).members()).isEmpty();

		this.mvc.perform(
				post("/invitations/" + token + "/accept").with(user(other)).with(csrf()).param("otherAddress", "true"))
			.andExpect(redirectedUrl("/"));
		assertThat(this.invitations.people(p.candidate(), p.id()).members()).singleElement()
			.satisfies((member) -> assertThat(member.email()).isEqualTo(other.email()));
		this.mvc.perform(get("/portfolios/" + p.id() + "/people").with(user(p.candidate())))
			.andExpect(content().string(containsString(other.email())))
			.andExpect(content().string(containsString("Someone Else")));
	}

	private void register(MockHttpSession session, String email, String next) throws Exception {
		this.mvc
			.perform(post("/register").session(session)
				.with(csrf())
				.param("name", "New Mentor")
				.param("email", email)
				.param("password", Fixtures.PASSWORD)
				.param("continue", next))
			.andExpect(redirectedUrl("/login"));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(MockHttpSession session, String email)
			throws Exception {
		return this.mvc.perform(post("/login").session(session)
			.with(csrf())
			.param("username", email)
			.param("password", Fixtures.PASSWORD));
	}

	@Test
	void brokenExpiredUsedAndOwnLinksSaySoWithoutButtons() throws Exception {
		SignedInUser mentor = this.scene.person("Mentor");
		SignedInUser late = this.scene.person("Late");
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		String used = this.invitations.invite(p.candidate(), p.id(), "m@example.org", PortfolioRole.MENTOR).token();
		String expiring = this.invitations.invite(p.candidate(), p.id(), "b@example.org", PortfolioRole.LINE_MANAGER)
			.token();

		this.mvc.perform(get("/invitations/not-a-real-token").with(user(mentor)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This invitation link does not work")));

		this.mvc.perform(post("/invitations/" + used + "/accept").with(user(p.candidate())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This is an invitation to your own portfolio")));

		this.mvc.perform(
				post("/invitations/" + used + "/accept").with(user(mentor)).with(csrf()).param("otherAddress", "true"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("notice", "invitation.accepted"));
		this.mvc.perform(get("/invitations/" + used).with(user(late)))
			.andExpect(content().string(containsString("This invitation link has already been used")))
			.andExpect(content().string(not(containsString(">Accept</button>"))));
		this.mvc.perform(post("/invitations/" + used + "/accept").with(user(late)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This invitation link has already been used")));

		this.clock.advance(Duration.ofDays(15));
		this.mvc.perform(get("/invitations/" + expiring).with(user(late)))
			.andExpect(content().string(containsString("This invitation link has expired")))
			.andExpect(content().string(not(containsString(">Accept</button>"))));
	}

	@Test
	void aSignedOutVisitorRegistersAndComesBackToTheLink() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		String token = this.invitations.invite(p.candidate(), p.id(), "new@example.org", PortfolioRole.MENTOR).token();
		MockHttpSession session = new MockHttpSession();

		this.mvc.perform(get("/invitations/" + token).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Create an account")));
		String email = "new-" + System.nanoTime() + "@example.org";
		register(session, email, null);
		signIn(session, email).andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
			.as("the link the visitor opened before registering")
			.contains("/invitations/" + token));

		MockHttpSession evil = new MockHttpSession();
		String other = "other-" + System.nanoTime() + "@example.org";
		register(evil, other, "https://evil.example/invitations/x");
		signIn(evil, other).andExpect(redirectedUrl("/"));

		MockHttpSession carried = new MockHttpSession();
		String third = "third-" + System.nanoTime() + "@example.org";
		register(carried, third, "/invitations/" + token);
		signIn(carried, third).andExpect(redirectedUrl("/invitations/" + token));
	}

	@Test
	void withdrawingAnInvitationTwiceIsRefusedAsAProblemNotReportedAsDone() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		this.invitations.invite(p.candidate(), p.id(), "m@example.org", PortfolioRole.MENTOR);
		long invitationId = this.invitations.people(p.candidate(), p.id()).invitations().get(0).id();
		String people = "/portfolios/" + p.id() + "/people";
		String revoke = people + "/invitations/" + invitationId + "/revoke";

		this.mvc.perform(post(revoke).with(user(p.candidate())).with(csrf()))
			.andExpect(redirectedUrl(people))
			.andExpect(flash().attribute("notice", "people.revoked"));
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post(revoke).session(session).with(user(p.candidate())).with(csrf()))
			.andExpect(redirectedUrl(people))
			.andExpect(flash().attributeCount(1))
			.andExpect(flash().attribute("problem", "invitation.revoked"));
		this.mvc.perform(get(people).session(session).with(user(p.candidate())))
			.andExpect(content().string(containsString(
					"class=\"alert alert-danger page-problem\" role=\"alert\">This invitation has been withdrawn by the candidate.")))
			.andExpect(content().string(not(containsString("alert-success"))));
	}

	@Test
	void thePeoplePageShowsANewLinkOnceAndEndingAccessWorksOnTheNextRequest() throws Exception {
		SignedInUser mentor = this.scene.person("Mentor Person");
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		String people = "/portfolios/" + p.id() + "/people";

		this.mvc.perform(
				post(people + "/invitations").with(user(p.candidate())).with(csrf()).param("email", "not an address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose whether you are inviting a mentor or a line manager")))
			.andExpect(content().string(containsString("value=\"not an address\"")));
		this.mvc
			.perform(post(people + "/invitations").with(user(p.candidate()))
				.with(csrf())
				.param("email", "not an address")
				.param("role", "LINE_MANAGER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address like name@example.org")))
			.andExpect(content().string(containsString("value=\"not an address\"")));

		String link = (String) this.mvc
			.perform(post(people + "/invitations").with(user(p.candidate()))
				.with(csrf())
				.param("email", "m@example.org")
				.param("role", "MENTOR"))
			.andExpect(redirectedUrl(people))
			.andReturn()
			.getFlashMap()
			.get("newLink");
		assertThat(link).matches("https://chartfolio.test/invitations/[A-Za-z0-9_-]{43}");
		this.mvc.perform(get(people).with(user(p.candidate())))
			.andExpect(content().string(containsString("m@example.org")))
			.andExpect(content().string(not(containsString(link))))
			.andExpect(content().string(containsString("Candidate invited m@example.org as Mentor")));

		String token = link.substring(link.lastIndexOf('/') + 1);
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/invitations/" + token + "/accept").session(session)
				.with(user(mentor))
				.with(csrf())
				.param("otherAddress", "true"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").session(session).with(user(mentor)))
			.andExpect(content().string(containsString("Portfolios you support")))
			.andExpect(content().string(containsString("My chartership portfolio")));
		this.mvc.perform(get("/portfolios/" + p.id()).session(session).with(user(mentor))).andExpect(status().isOk());

		long membershipId = this.invitations.people(p.candidate(), p.id()).members().get(0).id();
		this.mvc.perform(post(people + "/members/" + membershipId + "/end").with(user(p.candidate())).with(csrf()))
			.andExpect(redirectedUrl(people));
		this.mvc.perform(get("/portfolios/" + p.id()).session(session).with(user(mentor)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(people).with(user(p.candidate())))
			.andExpect(content().string(containsString("Candidate ended access for Mentor Person (Mentor)")))
			.andExpect(content().string(containsString("Nobody but you can see this portfolio.")));
	}

}
