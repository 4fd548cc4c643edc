package org.chartfolio.account;

import java.time.Duration;
import java.util.UUID;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class SignInThrottlingTests {

	private static final String PASSWORD = "velvet orchard compass";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	private String email;

	@BeforeEach
	void registerSomeone() {
		this.email = "throttle-" + UUID.randomUUID() + "@example.org";
		this.accounts.register(new AccountService.Registration("Ann Other", this.email, PASSWORD));
	}

	@Test
	void tenFailuresFromOneAddressPauseTheAccountThereEvenForTheRightPasswordAndWhateverTheSpelling() throws Exception {
		for (int i = 0; i < 10; i++) {
			String spelling = (i % 2 == 0) ? this.email.toUpperCase() : "  " + this.email + " ";
			this.mvc.perform(signIn(spelling, "wrong password " + i, "198.51.100.7"))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}

		this.mvc.perform(signIn(" " + this.email.toUpperCase(), PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/login?paused"))
			.andExpect(unauthenticated());

		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		this.mvc.perform(signIn(this.email, PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(this.email));
	}

	@Test
	void aStrangerGuessingFromElsewhereCannotLockTheOwnerOut() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(signIn(this.email, "a stranger's guess " + i, "203.0.113." + (i % 3)))
				.andExpect(unauthenticated());
		}
		this.mvc.perform(signIn(this.email, PASSWORD, "192.0.2.50"))
			.andExpect(authenticated().withUsername(this.email));
	}

	@Test
	void nineFailuresStillLetThePersonIn() throws Exception {
		for (int i = 0; i < 9; i++) {
			this.mvc.perform(signIn(this.email, "wrong password", address(i)));
		}
		this.mvc.perform(signIn(this.email, PASSWORD, "127.0.0.1")).andExpect(authenticated());
	}

	@Test
	void theSignInPageShowsWhenToTryAgain() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(signIn(this.email, "wrong password", "192.0.2.201"));
		}
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(signIn(this.email, PASSWORD, "192.0.2.201").session(session))
			.andExpect(redirectedUrl("/login?paused"));
		String page = this.mvc.perform(get("/login?paused").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Sign-in is paused").containsPattern("try again after \\d\\d:\\d\\d");
		assertThat(page).contains("value=\"" + this.email + "\"");
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private static String address(int i) {
		return "198.51.100." + (i + 1);
	}

}
