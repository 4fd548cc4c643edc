package org.chartfolio.access;

import java.time.Duration;

import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an invited person meets before they have signed in, and what the candidate gets to
 * pass the link on: a Copy button, a message to paste, and the way to the mentor
 * directory and back.
 */
@IntegrationTest
class InvitationLandingWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Test
	void aSignedOutInviteeLearnsWhoInvitesThemToWhatAndMaySignInOrRegister() throws Exception {
		Portfolio p = this.scene.candidate("Priya Shah").portfolio("chartership");
		String token = this.invitations.invite(p.candidate(), p.id(), "ruth@example.org", PortfolioRole.MENTOR).token();

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Priya Shah invites you to be the Mentor for the portfolio &quot;My chartership portfolio&quot;")))
			.andExpect(content().string(containsString("Sign in to accept")))
			.andExpect(content().string(containsString("href=\"/login\"")))
			.andExpect(content().string(containsString("href=\"/register?continue=/invitations/" + token + "\"")))
			.andExpect(content().string(not(containsString(">Accept</button>"))))
			.andExpect(content().string(not(containsString("ruth@example.org"))));
	}

	@Test
	void anUnknownOrExpiredLinkTellsASignedOutVisitorNothing() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		String expiring = this.invitations.invite(p.candidate(), p.id(), "a@example.org", PortfolioRole.MENTOR).token();
		String revoked = this.invitations.invite(p.candidate(), p.id(), "b@example.org", PortfolioRole.MENTOR).token();
		this.invitations.revoke(p.candidate(), p.id(),
				this.invitations.people(p.candidate(), p.id()).invitations().get(0).id());

		// What a signed-out visitor gets for any page they may not see: the sign-in page.
		this.mvc.perform(get("/portfolios/" + p.id())).andExpect(signInPage());
		this.mvc.perform(get("/invitations/no-such-link")).andExpect(signInPage());
		this.mvc.perform(get("/invitations/" + revoked)).andExpect(signInPage());
		this.clock.advance(Duration.ofDays(15));
		try {
			this.mvc.perform(get("/invitations/" + expiring))
				.andExpect(signInPage())
				.andExpect(content().string(not(containsString("Candidate"))));
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void theNewLinkHasACopyButtonAndAMessageToPasteAndThePageLeadsToTheDirectory() throws Exception {
		Portfolio p = this.scene.candidate("Lowri Price").portfolio("chartership");
		String people = "/portfolios/" + p.id() + "/people";
		MvcResult invited = this.mvc
			.perform(post(people + "/invitations").with(user(p.candidate()))
				.with(csrf())
				.param("email", "gwen@example.org")
				.param("role", "MENTOR"))
			.andExpect(redirectedUrl(people))
			.andReturn();
		String link = (String) invited.getFlashMap().get("newLink");

		this.mvc.perform(get(people).with(user(p.candidate())).flashAttrs(invited.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"new-link\" readonly")))
			.andExpect(content().string(containsString("data-copy=\"new-link\" hidden>Copy link</button>")))
			.andExpect(content().string(containsString("I&#39;d like you to be my mentor for my CILIP Professional "
					+ "Registration portfolio &quot;My chartership portfolio&quot; in Chartfolio")))
			.andExpect(content().string(containsString(link + "\n\nIf you do not have a Chartfolio account yet")))
			.andExpect(content().string(containsString("Lowri Price</textarea>")))
			.andExpect(content().string(containsString("src=\"/js/copy-")))
			.andExpect(content().string(containsString("href=\"/mentors\"")));

		this.mvc.perform(get("/mentors").with(user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("href=\"" + people + "\">People of My chartership portfolio</a>")));
	}

	/**
	 * Sent to sign in, as Spring Security sends a signed-out visitor (the address may be
	 * absolute or not).
	 */
	private static ResultMatcher signInPage() {
		return (result) -> assertThat(result.getResponse().getRedirectedUrl()).as("redirect").endsWith("/login");
	}

}
