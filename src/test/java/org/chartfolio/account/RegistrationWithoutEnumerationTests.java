package org.chartfolio.account;

import java.util.UUID;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MailServer;
import org.chartfolio.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Registration answers alike for a new and a taken address; the owner of a taken one is
 * told by email.
 */
@IntegrationTest
@MailServer
class RegistrationWithoutEnumerationTests {

	private static final String OWNERS_PASSWORD = "owner's own passphrase";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void aTakenAddressGetsTheSameAnswerAsANewOneAndItsOwnerAnEmail() throws Exception {
		String taken = "owner-" + UUID.randomUUID() + "@example.org";
		this.accounts.register(new AccountService.Registration("Olive Owner", taken, OWNERS_PASSWORD));
		String fresh = "newcomer-" + UUID.randomUUID() + "@example.org";

		String forTaken = answer(taken).replace(taken, "ADDRESS");
		String forFresh = answer(fresh).replace(fresh, "ADDRESS");
		assertThat(forTaken).isEqualTo(forFresh).contains("Sign in with your email address and the password you chose");

		TestMail.Mail warning = TestMail.await(taken, 1).get(0);
		assertThat(warning.subject()).isEqualTo("Chartfolio: somebody tried to create an account with your address");
		assertThat(warning.body()).contains("Hello Olive Owner")
			.contains("Nothing about your account has changed")
			.contains("https://chartfolio.test/password/forgot");

		this.mvc.perform(post("/login").param("username", taken).param("password", "a stranger's choice").with(csrf()))
			.andExpect(unauthenticated());
		this.mvc.perform(post("/login").param("username", taken).param("password", OWNERS_PASSWORD).with(csrf()))
			.andExpect(authenticated());
		this.mvc.perform(post("/login").param("username", fresh).param("password", "a stranger's choice").with(csrf()))
			.andExpect(authenticated().withUsername(fresh));
	}

	private String answer(String email) throws Exception {
		MvcResult registered = this.mvc
			.perform(post("/register").with(csrf())
				.param("name", "Someone")
				.param("email", email)
				.param("password", "a stranger's choice"))
			.andReturn();
		assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/login");
		String page = this.mvc.perform(get("/login").flashAttrs(registered.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return page.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
