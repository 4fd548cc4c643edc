package org.chartfolio.account;

import java.util.UUID;

import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WebSecurityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void everyPageButSignInAndRegistrationNeedsASignedInUser() throws Exception {
		for (String path : new String[] { "/", "/account", "/no-such-page" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/register")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")));
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void onlyHealthIsExposedFromActuator() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isFound());
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", WebSecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		assertThat(WebSecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval")
			.doesNotContain("http");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(post("/register").param("name", "X")
				.param("email", "x@example.org")
				.param("password", "long enough passphrase"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "x@example.org").param("password", "whatever"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signOutIsAPostAndEndsTheSession() throws Exception {
		MockHttpSession session = signedInSession();
		this.mvc.perform(get("/logout").session(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		this.mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?signedOut"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		String email = "fixation-" + UUID.randomUUID() + "@example.org";
		this.accounts.register(new AccountService.Registration("Fix Ation", email, "sturdy lighthouse keeper"));
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.param("username", email)
				.param("password", "sturdy lighthouse keeper"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	private MockHttpSession signedInSession() throws Exception {
		String email = "session-" + UUID.randomUUID() + "@example.org";
		this.accounts.register(new AccountService.Registration("Sess Ion", email, "sturdy lighthouse keeper"));
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("username", email).param("password", "sturdy lighthouse keeper"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

}
