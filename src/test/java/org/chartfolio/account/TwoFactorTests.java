package org.chartfolio.account;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-factor sign-in: setting it up, signing in with a code or a recovery code, turning
 * it off, requiring it.
 */
@IntegrationTest
class TwoFactorTests {

	private static final Pattern KEY = Pattern.compile("data-testid=\"setup-key\">([A-Z2-7 ]+)<");

	private static final Pattern CODE = Pattern
		.compile("<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	private record Enabled(SignedInUser user, String secret, List<String> recoveryCodes) {
	}

	@Test
	void settingItUpTakesACodeFromTheAppAndShowsTenRecoveryCodesOnce() throws Exception {
		Enabled enabled = enable(this.fixtures.person("Tess Totp"));
		assertThat(enabled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		String stored = this.jdbc.sql("select totp_secret from account where id = ?")
			.param(enabled.user().id())
			.query(String.class)
			.single();
		assertThat(stored).as("the secret is stored encrypted").isNotBlank().doesNotContain(enabled.secret());
		assertThat(this.jdbc.sql("select code_hash from recovery_code where account_id = ?")
			.param(enabled.user().id())
			.query(String.class)
			.list()).hasSize(10).doesNotContainAnyElementsOf(enabled.recoveryCodes());
		this.mvc.perform(get("/account/two-factor/recovery-codes").with(user(enabled.user())))
			.andExpect(redirectedUrl("/account/two-factor"));
		this.mvc.perform(get("/account/two-factor").with(user(enabled.user())))
			.andExpect(content().string(containsString("10 of your 10 recovery codes are unused")));
	}

	@Test
	void signingInTakesTheCodeAfterThePasswordAndNoCodeWorksTwice() throws Exception {
		Enabled enabled = enable(this.fixtures.person("Sig Nin"));
		this.clock.advance(Duration.ofSeconds(90));
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(password(session, enabled.user()))
			.andExpect(redirectedUrl("/login/two-factor"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));

		this.mvc.perform(code(session, "000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That code is not right")))
			.andExpect(unauthenticated());
		String now = codeNow(enabled.secret());
		// Back to the page asked for between the two steps.
		this.mvc.perform(code(session, now))
			.andExpect(redirectedUrl("http://localhost/?continue"))
			.andExpect(authenticated().withUsername(enabled.user().email()));

		MockHttpSession again = new MockHttpSession();
		this.mvc.perform(password(again, enabled.user())).andExpect(redirectedUrl("/login/two-factor"));
		this.mvc.perform(code(again, now))
			.andExpect(content().string(containsString("That code is not right")))
			.andExpect(unauthenticated());
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		Enabled enabled = enable(this.fixtures.person("Reco Very"));
		String recovery = enabled.recoveryCodes().get(3);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(password(session, enabled.user()));
		this.mvc.perform(code(session, " " + recovery.toUpperCase() + " ")).andExpect(authenticated());

		MockHttpSession again = new MockHttpSession();
		this.mvc.perform(password(again, enabled.user()));
		this.mvc.perform(code(again, recovery)).andExpect(unauthenticated());
		this.mvc.perform(get("/account/two-factor").with(user(enabled.user())))
			.andExpect(content().string(containsString("9 of your 10 recovery codes are unused")));
	}

	@Test
	void theSecondStepWaitsFiveMinutesAtMost() throws Exception {
		Enabled enabled = enable(this.fixtures.person("Slow Poke"));
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(password(session, enabled.user()));
		this.clock.advance(Duration.ofMinutes(6));
		this.mvc.perform(code(session, codeNow(enabled.secret())))
			.andExpect(redirectedUrl("/login?expired"))
			.andExpect(unauthenticated());
	}

	@Test
	void turningItOffTakesThePasswordAndACode() throws Exception {
		Enabled enabled = enable(this.fixtures.person("Off Switch"));
		this.mvc
			.perform(post("/account/two-factor/disable").with(user(enabled.user()))
				.with(csrf())
				.param("password", Fixtures.PASSWORD)
				.param("code", "123456"))
			.andExpect(content().string(containsString("That code is not right")));
		this.mvc
			.perform(post("/account/two-factor/disable").with(user(enabled.user()))
				.with(csrf())
				.param("password", "wrong")
				.param("code", enabled.recoveryCodes().get(0)))
			.andExpect(content().string(containsString("Your current password is not right")));
		this.mvc
			.perform(post("/account/two-factor/disable").with(user(enabled.user()))
				.with(csrf())
				.param("password", Fixtures.PASSWORD)
				.param("code", enabled.recoveryCodes().get(0)))
			.andExpect(redirectedUrl("/account/two-factor"));
		this.mvc.perform(password(new MockHttpSession(), enabled.user()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated());
	}

	@Test
	void anAdministratorCanRequireItOfMentorsWhoAreThenLedToSetItUpFirst() throws Exception {
		SignedInUser mentor = this.fixtures.person("Mentor Required");
		SignedInUser candidate = this.fixtures.person("Their Candidate");
		this.memberships.join(this.fixtures.portfolio(candidate, "certification"), mentor, PortfolioRole.MENTOR);
		SignedInUser admin = this.fixtures.administrator();
		this.mvc.perform(get("/admin/accounts").with(user(admin)))
			.andExpect(content().string(containsString("Mentors (anybody who is the active mentor of a portfolio)")));
		try {
			this.mvc
				.perform(post("/admin/accounts/two-factor").with(user(admin)).with(csrf()).param("forMentors", "true"))
				.andExpect(redirectedUrl("/admin/accounts"));

			MockHttpSession session = new MockHttpSession();
			this.mvc.perform(password(session, mentor)).andExpect(authenticated());
			this.mvc.perform(get("/mentoring").session(session)).andExpect(redirectedUrl("/account/two-factor"));
			this.mvc.perform(get("/account/two-factor").session(session))
				.andExpect(content().string(containsString("asks you to use two-factor sign-in before you carry on")));
			String secret = KEY
				.matcher(this.mvc.perform(get("/account/two-factor").session(session))
					.andReturn()
					.getResponse()
					.getContentAsString())
				.results()
				.findFirst()
				.orElseThrow()
				.group(1)
				.replace(" ", "");
			this.mvc
				.perform(
						post("/account/two-factor/enable").session(session).with(csrf()).param("code", codeNow(secret)))
				.andExpect(redirectedUrl("/account/two-factor/recovery-codes"));
			this.mvc.perform(get("/mentoring").session(session)).andExpect(status().isOk());

			MockHttpSession candidates = new MockHttpSession();
			this.mvc.perform(password(candidates, candidate)).andExpect(authenticated());
			this.mvc.perform(get("/").session(candidates)).andExpect(status().isOk());
		}
		finally {
			this.mvc.perform(post("/admin/accounts/two-factor").with(user(admin)).with(csrf()));
		}
	}

	@Test
	void theQrCodeIsDrawnByTheServerOnlyWhileSettingUp() throws Exception {
		SignedInUser person = this.fixtures.person("Qr Reader");
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/account/two-factor/qr.svg").session(session).with(user(person)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/account/two-factor").session(session).with(user(person)))
			.andExpect(content().string(containsString("src=\"/account/two-factor/qr.svg\"")));
		this.mvc.perform(get("/account/two-factor/qr.svg").session(session).with(user(person)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<path")));
	}

	private Enabled enable(SignedInUser person) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String page = this.mvc.perform(get("/account/two-factor").session(session).with(user(person)))
			.andExpect(content().string(containsString("Turn on two-factor sign-in")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).as("the key is written out for typing").isTrue();
		String secret = key.group(1).replace(" ", "");
		this.mvc
			.perform(post("/account/two-factor/enable").session(session)
				.with(user(person))
				.with(csrf())
				.param("code", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That code is not right")));
		MvcResult enabled = this.mvc
			.perform(post("/account/two-factor/enable").session(session)
				.with(user(person))
				.with(csrf())
				.param("code", codeNow(secret)))
			.andExpect(redirectedUrl("/account/two-factor/recovery-codes"))
			.andReturn();
		String codesPage = this.mvc
			.perform(get("/account/two-factor/recovery-codes").with(user(person)).flashAttrs(enabled.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = CODE.matcher(codesPage).results().map((m) -> m.group(1)).toList();
		return new Enabled(person, secret, codes);
	}

	private String codeNow(String secret) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
				this.clock.instant().getEpochSecond() / 30);
	}

	private static org.springframework.test.web.servlet.RequestBuilder password(MockHttpSession session,
			SignedInUser person) {
		return post("/login").session(session)
			.param("username", person.email())
			.param("password", Fixtures.PASSWORD)
			.with(csrf());
	}

	private static org.springframework.test.web.servlet.RequestBuilder code(MockHttpSession session, String code) {
		return post("/login/two-factor").session(session).param("code", code).with(csrf());
	}

}
