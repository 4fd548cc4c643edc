package org.chartfolio.account;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where Chartfolio sends no email: the page says an administrator helps, and how they do.
 */
@IntegrationTest
class PasswordResetWithoutMailTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PasswordResetService resets;

	@Test
	void theForgotPageSaysAnAdministratorMustHelpAndOffersNoForm() throws Exception {
		this.mvc.perform(get("/password/forgot"))
			.andExpect(
					content().string(containsString("Ask the administrator of this Chartfolio to make a link for you")))
			.andExpect(content().string(not(containsString("Email me a link"))));
	}

	@Test
	void anAdministratorMakesALinkToPassOnThatWorksOnce() throws Exception {
		SignedInUser person = this.fixtures.person("Pat Locked-Out");
		String link = (String) this.mvc
			.perform(post("/admin/accounts/reset-link").with(user(this.fixtures.administrator()))
				.with(csrf())
				.param("email", person.email().toUpperCase()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("resetLinkEmail", person.email().toUpperCase()))
			.andReturn()
			.getFlashMap()
			.get("resetLink");
		assertThat(link).startsWith("https://chartfolio.test/password/reset/");

		String path = link.substring("https://chartfolio.test".length());
		this.mvc.perform(post(path).param("newPassword", "meadow copper kettle").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(
				post("/login").param("username", person.email()).param("password", "meadow copper kettle").with(csrf()))
			.andExpect(authenticated());
		this.mvc.perform(get(path)).andExpect(content().string(containsString("This link does not work")));
	}

	@Test
	void anUnknownAddressIsSaidSoToTheAdministratorAndNobodyElseGetsThePage() throws Exception {
		this.mvc
			.perform(post("/admin/accounts/reset-link").with(user(this.fixtures.administrator()))
				.with(csrf())
				.param("email", "nobody-" + UUID.randomUUID() + "@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no account with this email address")));
		SignedInUser person = this.fixtures.person("Not An Administrator");
		this.mvc.perform(get("/admin/accounts").with(user(person))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/accounts/reset-link").with(user(person)).with(csrf()).param("email", person.email()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCommandLinePrintsALinkAndStops() throws Exception {
		SignedInUser person = this.fixtures.person("Operator's Friend");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		AtomicInteger exitCode = new AtomicInteger(-1);
		StaticApplicationContext stopped = new StaticApplicationContext();
		stopped.refresh();
		new ResetLinkCommand(this.resets, stopped)
			.printingTo(new PrintStream(printed, true, StandardCharsets.UTF_8), exitCode::set)
			.run(new DefaultApplicationArguments("--reset-password-link=" + person.email(),
					"--reset-password-link=nobody@example.org"));
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.contains("Password reset link for " + person.email()
					+ " (works once, for one hour): https://chartfolio.test/password/reset/")
			.contains("No account has the email address nobody@example.org");
		assertThat(exitCode.get()).isEqualTo(1);
		assertThat(stopped.isActive()).isFalse();
	}

}
