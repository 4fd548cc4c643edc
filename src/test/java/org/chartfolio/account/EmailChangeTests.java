package org.chartfolio.account;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MailServer;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing the sign-in email: the current password, and a link to the new address that
 * does it.
 */
@IntegrationTest
@MailServer
class EmailChangeTests {

	private static final Pattern LINK = Pattern
		.compile("https://chartfolio\\.test(/account/email/confirm/[A-Za-z0-9_-]{43})");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MutableClock clock;

	@Test
	void theEmailChangesOnlyWhenTheLinkSentToTheNewAddressIsFollowed() throws Exception {
		SignedInUser person = this.fixtures.person("Mo Ving");
		String newEmail = "moved-" + UUID.randomUUID() + "@example.org";

		this.mvc
			.perform(post("/account/email").with(user(person))
				.with(csrf())
				.param("newEmail", newEmail)
				.param("currentPassword", "not my password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your current password is not right")))
			.andExpect(content().string(containsString("value=\"" + newEmail + "\"")));
		this.mvc
			.perform(post("/account/email").with(user(person))
				.with(csrf())
				.param("newEmail", newEmail)
				.param("currentPassword", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("pendingEmail", newEmail));
		this.mvc.perform(signIn(person.email())).andExpect(authenticated());

		TestMail.Mail mail = TestMail.await(newEmail, 1).get(0);
		assertThat(mail.subject()).isEqualTo("Chartfolio: confirm your new sign-in email");
		Matcher link = LINK.matcher(mail.body());
		assertThat(link.find()).isTrue();
		this.mvc.perform(get(link.group(1)))
			.andExpect(content().string(containsString("Sign in with " + newEmail + " from now on")));
		this.mvc.perform(post(link.group(1)).with(csrf())).andExpect(redirectedUrl("/login"));

		this.mvc.perform(signIn(person.email())).andExpect(unauthenticated());
		this.mvc.perform(signIn(newEmail)).andExpect(authenticated().withUsername(newEmail));
		assertThat(TestMail.await(person.email(), 1).get(0).body()).contains("now signs in with " + newEmail);
		this.mvc.perform(post(link.group(1)).with(csrf()))
			.andExpect(content().string(containsString("This link does not work")));
	}

	@Test
	void anAddressThatHasAnAccountIsNotSaidSoAndCannotBeTaken() throws Exception {
		SignedInUser person = this.fixtures.person("Would Take");
		SignedInUser other = this.fixtures.person("Already There");
		this.mvc
			.perform(post("/account/email").with(user(person))
				.with(csrf())
				.param("newEmail", other.email())
				.param("currentPassword", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("pendingEmail", other.email()));
		this.mvc.perform(signIn(person.email())).andExpect(authenticated());
	}

	@Test
	void aLinkLastsADay() throws Exception {
		SignedInUser person = this.fixtures.person("Late Mover");
		String newEmail = "late-" + UUID.randomUUID() + "@example.org";
		this.mvc.perform(post("/account/email").with(user(person))
			.with(csrf())
			.param("newEmail", newEmail)
			.param("currentPassword", Fixtures.PASSWORD));
		Matcher link = LINK.matcher(TestMail.await(newEmail, 1).get(0).body());
		assertThat(link.find()).isTrue();
		this.clock.advance(Duration.ofHours(25));
		this.mvc.perform(post(link.group(1)).with(csrf()))
			.andExpect(content().string(containsString("This link does not work")));
	}

	private static org.springframework.test.web.servlet.RequestBuilder signIn(String email) {
		return post("/login").param("username", email).param("password", Fixtures.PASSWORD).with(csrf());
	}

}
