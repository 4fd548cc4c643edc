package org.chartfolio.account;

import java.util.UUID;

import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registration form through the whole application: what a newcomer sees when it goes
 * right and wrong.
 */
@IntegrationTest
class RegistrationControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcClient jdbc;

	private static String address(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

	private long accountsWith(String email) {
		return this.jdbc.sql("select count(*) from account where lower(email) = lower(?)")
			.param(email)
			.query(Long.class)
			.single();
	}

	@Test
	void showsEveryProblemNextToItsFieldAndInTheSummaryKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("name", "")
				.param("email", "not-an-address")
				.param("password", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Enter your name")))
			.andExpect(content().string(containsString("Enter an email address in the right format")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(accountsWith("not-an-address")).isZero();
	}

	@Test
	void explainsARefusedPasswordWithoutEchoingIt() throws Exception {
		String email = address("ann");

		this.mvc
			.perform(post("/register").with(csrf())
				.param("name", "Ann")
				.param("email", email)
				.param("password", "password12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This password is too common")))
			.andExpect(content().string(not(containsString("password12345"))))
			.andExpect(content().string(containsString("value=\"" + email + "\"")));
		assertThat(accountsWith(email)).isZero();
	}

	@Test
	void aNewAndATakenAddressAreBothSentToSignInWithTheSameWordsAndNobodyIsSignedIn() throws Exception {
		String taken = address("taken");
		this.accounts.register(new AccountService.Registration("Ann", taken, "quiet harbour lantern"));
		String fresh = address("new");

		for (String email : new String[] { taken, fresh }) {
			this.mvc
				.perform(post("/register").with(csrf())
					.param("name", "Ann")
					.param("email", " " + email.toUpperCase())
					.param("password", "another quiet phrase"))
				.andExpect(redirectedUrl("/login"))
				.andExpect(flash().attribute("notice", "register.done.noMail"))
				.andExpect(flash().attribute("username", email))
				.andExpect(unauthenticated());
		}
		assertThat(accountsWith(taken)).isEqualTo(1);
		assertThat(accountsWith(fresh)).isEqualTo(1);
	}

	@Test
	void theFormLabelsEveryField() throws Exception {
		this.mvc.perform(get("/register"))
			.andExpect(content()
				.string(containsString("<label class=\"form-label fw-semibold\" for=\"name\">Full name</label>")))
			.andExpect(content().string(containsString("for=\"email\"")))
			.andExpect(content().string(containsString("autocomplete=\"new-password\"")));
	}

}
