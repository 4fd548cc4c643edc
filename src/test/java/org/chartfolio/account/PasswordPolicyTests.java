package org.chartfolio.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(this.policy.problemWith("quiet harbour lantern", "lisa@example.org")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(this.policy.problemWith("Xq7#vL2p!", "lisa@example.org")).contains("password.tooShort");
		assertThat(this.policy.problemWith("", "lisa@example.org")).contains("password.required");
	}

	@Test
	void countsCharactersNotBytesForTheMinimum() {
		assertThat(this.policy.problemWith("ééééééééééé", "lisa@example.org")).contains("password.tooShort");
	}

	@Test
	void refusesPasswordsTheHashCannotReadInFull() {
		assertThat(this.policy.problemWith("a".repeat(30) + "b".repeat(43), "lisa@example.org"))
			.contains("password.tooLong");
	}

	@ParameterizedTest
	@ValueSource(strings = { "qazwsxedcrfv", "1234567890qwerty", "PASSWORD123456", "password1234!", "Football12345",
			"aaaaaaaaaaaaaa", "abababababababab" })
	void refusesCommonPasswordsWhateverTheirCase(String password) {
		assertThat(this.policy.problemWith(password, "lisa@example.org")).contains("password.common");
	}

	@Test
	void refusesAPasswordBuiltOnTheEmailAddress() {
		assertThat(this.policy.problemWith("lisamarsh-2026-portfolio", "LisaMarsh@example.org"))
			.contains("password.containsEmail");
	}

}
