package org.chartfolio.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MailServer;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Forgot your password?" with a mail server: the neutral answer, the emailed link and
 * its limits.
 */
@IntegrationTest
@MailServer
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("https://chartfolio\\.test/password/reset/([A-Za-z0-9_-]{43})");

	private static final String PASSWORD = "orchard velvet compass";

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	private String email;

	private String client;

	@BeforeEach
	void someoneWhoForgot() {
		this.email = "forgetful-" + UUID.randomUUID() + "@example.org";
		this.accounts.register(new AccountService.Registration("Fran Forgetful", this.email, PASSWORD));
		// Each test its own client address, so the per-client limit of one test is not
		// another's.
		this.client = "198.51.100." + CLIENTS.incrementAndGet();
	}

	@Test
	void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
		String forKnown = sentPage(this.email).replace(this.email, "ADDRESS");
		String forUnknown = sentPage(nobody).replace(nobody, "ADDRESS");
		assertThat(forUnknown).isEqualTo(forKnown)
			.contains("If ADDRESS has a Chartfolio account, we have sent it a link");

		TestMail.Mail mail = TestMail.await(this.email, 1).get(0);
		assertThat(mail.subject()).isEqualTo("Chartfolio: set a new password");
		assertThat(mail.body()).contains("Hello Fran Forgetful").contains("It works once, for one hour");
		assertThat(TestMail.to(nobody)).isEmpty();
	}

	@Test
	void theLinkSetsANewPasswordOnceAndIsStoredOnlyAsAHash() throws Exception {
		String token = emailedToken();
		assertThat(this.jdbc.sql("select count(*) from password_reset where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();

		this.mvc.perform(get("/password/reset/" + token))
			.andExpect(content().string(containsString("Set a new password")))
			.andExpect(content().string(containsString("id=\"newPassword\"")));
		this.mvc.perform(post("/password/reset/" + token).param("newPassword", "short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password must be at least 12 characters long")));
		this.mvc.perform(post("/password/reset/" + token).param("newPassword", "harbour lantern quietly").with(csrf()))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("notice", "reset.done"));

		this.mvc.perform(signIn(PASSWORD)).andExpect(unauthenticated());
		this.mvc.perform(signIn("harbour lantern quietly")).andExpect(authenticated().withUsername(this.email));

		this.mvc.perform(post("/password/reset/" + token).param("newPassword", "someone else's choice").with(csrf()))
			.andExpect(content().string(containsString("This link does not work")));
		this.mvc.perform(signIn("harbour lantern quietly")).andExpect(authenticated());
	}

	@Test
	void aLinkStopsWorkingAfterAnHourAndWhenAnotherIsUsed() throws Exception {
		String first = emailedToken();
		String second = emailedToken();
		this.mvc.perform(post("/password/reset/" + second).param("newPassword", "harbour lantern quietly").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/password/reset/" + first))
			.andExpect(content().string(containsString("This link does not work")));

		String third = emailedToken();
		this.clock.advance(Duration.ofMinutes(61));
		this.mvc.perform(get("/password/reset/" + third))
			.andExpect(content().string(containsString("This link does not work")))
			.andExpect(content().string(containsString("Ask for a new link")));
	}

	@Test
	void oneAddressGetsAtMostThreeLinksAnHourAndOneClientAsksAtMostTenTimes() throws Exception {
		this.clock.advance(Duration.ofHours(2));
		for (int i = 0; i < 5; i++) {
			assertThat(sentPage(this.email)).contains("we have sent it a link");
		}
		TestMail.await(this.email, 3);
		for (int i = 0; i < 5; i++) {
			sentPage("other-" + UUID.randomUUID() + "@example.org");
		}
		this.mvc.perform(forgot(this.email))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There have been too many requests for links from here")))
			.andExpect(content().string(containsString("value=\"" + this.email + "\"")));
		assertThat(TestMail.to(this.email)).hasSize(3);
	}

	@Test
	void theSignInPageOffersIt() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/password/forgot\"")));
		this.mvc.perform(get("/password/forgot")).andExpect(content().string(containsString("Email me a link")));
	}

	private String sentPage(String address) throws Exception {
		MvcResult sent = this.mvc.perform(forgot(address))
			.andExpect(redirectedUrl("/password/forgot/sent"))
			.andReturn();
		String page = this.mvc.perform(get("/password/forgot/sent").flashAttrs(sent.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The page's CSRF token is the only thing that differs from one visitor to the
		// next.
		return page.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private String emailedToken() throws Exception {
		int before = TestMail.to(this.email).size();
		sentPage(this.email);
		List<TestMail.Mail> mails = TestMail.await(this.email, before + 1);
		Matcher link = LINK.matcher(mails.get(mails.size() - 1).body());
		assertThat(link.find()).as("the email holds a reset link from CHARTFOLIO_BASE_URL").isTrue();
		return link.group(1);
	}

	private MockHttpServletRequestBuilder forgot(String address) {
		return post("/password/forgot").param("email", address).with(csrf()).with((request) -> {
			request.setRemoteAddr(this.client);
			return request;
		});
	}

	private MockHttpServletRequestBuilder signIn(String password) {
		return post("/login").param("username", this.email).param("password", password).with(csrf());
	}

}
