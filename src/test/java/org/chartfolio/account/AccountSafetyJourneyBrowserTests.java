package org.chartfolio.account;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.MailServer;
import org.chartfolio.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys that keep an account safe, in a real browser with a mail server: getting
 * back in with a forgotten password, two-factor sign-in with a recovery code, and
 * deleting the account.
 */
@BrowserTest
@MailServer
class AccountSafetyJourneyBrowserTests extends BrowserJourney {

	private static final Pattern RESET_LINK = Pattern
		.compile("http://localhost:\\d+(/password/reset/[A-Za-z0-9_-]{43})");

	@Autowired
	private AccountService accounts;

	@Test
	void aForgottenPasswordIsResetThroughTheEmailedLink() {
		String email = registered("Fran Forgetful");

		this.browser.open("/login").click("Forgot your password?");
		this.browser.fill("email", "not an address").click("Email me a link");
		assertThat(this.browser.text(".error-summary")).contains("Enter an email address in the right format");
		assertThat(this.browser.value("email")).isEqualTo("not an address");
		this.browser.fill("email", email).click("Email me a link");
		assertThat(this.browser.mainText())
			.contains("If " + email + " has a Chartfolio account, we have sent it a link");

		Matcher link = RESET_LINK.matcher(TestMail.await(email, 1).get(0).body());
		assertThat(link.find()).as("the email holds a link to this server").isTrue();
		this.browser.open(link.group(1)).fill("newPassword", "short").click("Set new password");
		assertThat(this.browser.text(".error-summary")).contains("at least 12 characters");
		this.browser.fill("newPassword", "lantern orchard ferry").click("Set new password");
		assertThat(this.browser.path()).isEqualTo("/login");
		assertThat(this.browser.mainText()).contains("Your new password is set");

		signInAs(email, Fixtures.PASSWORD);
		assertThat(this.browser.mainText()).contains("The email address or password is not right");
		signInAs(email, "lantern orchard ferry");
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Fran Forgetful");

		this.browser.open(link.group(1));
		assertThat(this.browser.mainText()).contains("This link does not work");
	}

	@Test
	void twoFactorSignInWithARecoveryCode() throws Exception {
		String email = registered("Tess Totp");
		signInAs(email, Fixtures.PASSWORD);

		this.browser.open("/account").click("Set up or change two-factor sign-in");
		assertThat(this.browser.driver()
			.findElement(org.openqa.selenium.By.cssSelector("img[src='/account/two-factor/qr.svg']"))
			.getDomProperty("naturalWidth")).as("the QR code is drawn").isNotEqualTo("0");
		String secret = this.browser.text("[data-testid=setup-key]").replace(" ", "");
		this.browser.fill("code", "123 456").click("Turn on two-factor sign-in");
		assertThat(this.browser.text(".error-summary")).contains("That code is not right");
		this.browser
			.fill("code",
					new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
							System.currentTimeMillis() / 30_000))
			.click("Turn on two-factor sign-in");
		List<String> codes = List.of(this.browser.text("[data-testid=recovery-codes]").split("\\s+"));
		assertThat(codes).hasSize(10);
		this.browser.click("I have saved my recovery codes");
		assertThat(this.browser.mainText()).contains("Two-factor sign-in is on");

		this.browser.click("Sign out");
		signInAs(email, Fixtures.PASSWORD);
		assertThat(this.browser.path()).isEqualTo("/login/two-factor");
		this.browser.fill("code", "000000").click("Sign in");
		assertThat(this.browser.text(".error-summary")).contains("That code is not right");
		this.browser.fill("code", codes.get(0)).click("Sign in");
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Tess Totp");
		this.browser.open("/account/two-factor");
		assertThat(this.browser.mainText()).contains("9 of your 10 recovery codes are unused");
	}

	@Test
	void deletingTheAccountOffersTheZipFirstAndLeavesNothingToSignInWith() {
		String email = registered("Lee Leaver");
		signInAs(email, Fixtures.PASSWORD);
		startPortfolio("Certification (ACLIP)", "Lee's Certification");

		this.browser.open("/account").click("Delete my account");
		assertThat(this.browser.mainText()).contains("Lee's Certification")
			.contains("Download its ZIP")
			.contains("You do not mentor or line-manage anybody's portfolio");
		this.browser.fill("password", "not my password").click("Delete my account and my portfolios");
		assertThat(this.browser.text(".error-summary")).contains("Your current password is not right");
		this.browser.fill("password", Fixtures.PASSWORD).click("Delete my account and my portfolios");
		assertThat(this.browser.path()).startsWith("/login");
		assertThat(this.browser.mainText()).contains("Your account has been deleted");

		signInAs(email, Fixtures.PASSWORD);
		assertThat(this.browser.mainText()).contains("The email address or password is not right");
		assertThat(this.accounts.isRegistered(email)).isFalse();
	}

	private String registered(String name) {
		String email = "safety-" + UUID.randomUUID() + "@example.org";
		this.accounts.register(new AccountService.Registration(name, email, Fixtures.PASSWORD));
		return email;
	}

}
