package org.chartfolio.account;

import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AccountJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "quiet harbour lantern";

	@Test
	void registerSignOutAndSignInAgain() {
		String email = uniqueEmail();

		this.browser.open("/register").fill("name", "Lisa Marsh").fill("email", email).fill("password", "password1234");
		this.browser.click("Create account");
		assertThat(this.browser.text(".error-summary")).contains("There is a problem").contains("too common");
		assertThat(this.browser.activeElementClass()).contains("error-summary");
		assertThat(this.browser.value("name")).isEqualTo("Lisa Marsh");
		assertThat(this.browser.value("email")).isEqualTo(email);

		this.browser.fill("password", PASSWORD).click("Create account");
		assertThat(this.browser.path()).isEqualTo("/login");
		assertThat(this.browser.mainText()).contains("Sign in with your email address and the password you chose");
		assertThat(this.browser.value("username")).isEqualTo(email);
		assertThat(this.browser.activeElementId()).as("the email is filled in, so the password comes first")
			.isEqualTo("password");
		this.browser.fill("password", PASSWORD).click("Sign in");
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.mainText()).contains("You have no portfolios yet");
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Lisa Marsh");

		this.browser.click("Sign out");
		assertThat(this.browser.path()).startsWith("/login");
		assertThat(this.browser.mainText()).contains("You have signed out");
		assertThat(this.browser.activeElementId()).isEqualTo("username");

		this.browser.fill("username", email.toUpperCase()).fill("password", "not the password").click("Sign in");
		assertThat(this.browser.mainText()).contains("The email address or password is not right");
		assertThat(this.browser.value("username")).isEqualTo(email);

		Cookie before = this.browser.driver().manage().getCookieNamed("JSESSIONID");
		assertThat(before.isHttpOnly()).isTrue();
		assertThat(before.getSameSite()).isEqualTo("Lax");

		this.browser.fill("password", PASSWORD).click("Sign in");
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Lisa Marsh");
		assertThat(this.browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
			.as("a new session id after signing in")
			.isNotEqualTo(before.getValue());
	}

	@Test
	void aSignedOutVisitorIsSentToSignInAndThenBackToThePageTheyWanted() {
		String email = register("Sam Patel");
		this.browser.click("Sign out");

		this.browser.open("/account");
		assertThat(this.browser.path()).isEqualTo("/login");
		this.browser.fill("username", email).fill("password", PASSWORD).click("Sign in");
		assertThat(this.browser.path()).startsWith("/account");
		assertThat(this.browser.mainText()).contains("You sign in as " + email);
	}

	@Test
	void changeNameAndPassword() {
		String email = register("Jo Bloggs");

		this.browser.open("/account").fill("name", "").click("Save name");
		assertThat(this.browser.text(".error-summary")).contains("Enter your name");
		this.browser.fill("name", "Joanna Bloggs").click("Save name");
		assertThat(this.browser.mainText()).contains("Your name has been saved");
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Joanna Bloggs");

		String newPassword = "copper kettle meadow";
		this.browser.fill("currentPassword", "wrong password here")
			.fill("newPassword", newPassword)
			.click("Change password");
		assertThat(this.browser.text(".error-summary")).contains("Your current password is not right");

		this.browser.fill("currentPassword", PASSWORD).fill("newPassword", newPassword).click("Change password");
		assertThat(this.browser.mainText()).contains("Your password has been changed");

		this.browser.click("Sign out");
		this.browser.fill("username", email).fill("password", PASSWORD).click("Sign in");
		assertThat(this.browser.mainText()).contains("The email address or password is not right");
		this.browser.fill("password", newPassword).click("Sign in");
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Joanna Bloggs");
	}

	@Test
	void theSkipLinkTakesKeyboardUsersToTheMainContent() {
		// Not the sign-in page: that one puts the keyboard in the email field straight
		// away.
		this.browser.open("/register");
		this.browser.driver()
			.findElement(org.openqa.selenium.By.tagName("body"))
			.sendKeys(org.openqa.selenium.Keys.TAB);
		assertThat(this.browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
		this.browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(this.browser.activeElementId()).isEqualTo("main");
	}

	private String register(String name) {
		String email = uniqueEmail();
		registerAndSignIn(name, email, PASSWORD);
		assertThat(this.browser.path()).isEqualTo("/");
		return email;
	}

	private static String uniqueEmail() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

}
