package org.chartfolio.account;

import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RegistrationController.class)
@Import({ WebSecurityConfiguration.class, SignInThrottle.class, MemorySignInFailures.class, SessionSignIn.class, MailSetting.class,
		RegistrationControllerTests.Config.class })
class RegistrationControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AccountService accounts;

	@MockitoBean
	private AccountUserDetailsService userDetails;

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return Clock.system(ZoneId.of("Europe/London"));
		}

		@Bean
		SignInThrottle.Limits limits() {
			return new SignInThrottle.Limits(10, 200, 50, java.time.Duration.ofMinutes(15));
		}

	}

	@Test
	void showsEveryProblemNextToItsFieldAndInTheSummaryKeepingWhatWasTyped() throws Exception {
		this.mvc.perform(post("/register").with(csrf()).param("name", "").param("email", "not-an-address").param("password", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Enter your name")))
			.andExpect(content().string(containsString("Enter an email address in the right format")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		verify(this.accounts, never()).signUp(any(), any());
	}

	@Test
	void explainsARefusedPasswordWithoutEchoingIt() throws Exception {
		willThrow(new AccountProblem("password", "password.common")).given(this.accounts).signUp(any(), any());

		this.mvc.perform(post("/register").with(csrf()).param("name", "Ann").param("email", "ann@example.org").param("password", "password12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This password is too common")))
			.andExpect(content().string(not(containsString("password12345"))))
			.andExpect(content().string(containsString("value=\"ann@example.org\"")));
	}

	@Test
	void sendsEveryoneToSignInWithTheSameWordsAndTheAddressFilledIn() throws Exception {
		this.mvc.perform(post("/register").with(csrf()).param("name", "Ann").param("email", " Ann@Example.org").param("password", "quiet harbour lantern"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("notice", "register.done.noMail"))
			.andExpect(flash().attribute("username", "ann@example.org"))
			.andExpect(unauthenticated());
		verify(this.accounts).signUp(any(), any());
	}

	@Test
	void theFormLabelsEveryField() throws Exception {
		this.mvc.perform(get("/register"))
			.andExpect(content().string(containsString("<label class=\"form-label fw-semibold\" for=\"name\">Full name</label>")))
			.andExpect(content().string(containsString("for=\"email\"")))
			.andExpect(content().string(containsString("autocomplete=\"new-password\"")));
	}

}
