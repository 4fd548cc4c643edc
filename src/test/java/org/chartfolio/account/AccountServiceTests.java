package org.chartfolio.account;

import java.util.UUID;

import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class AccountServiceTests {

	private static final String PASSWORD = "granite willow teapot";

	private static final AccountService.Client CLIENT = new AccountService.Client("192.0.2.31", null);

	@Autowired
	private AccountService service;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void storesTheAddressNormalisedAndOnlyAHashOfThePassword() {
		String local = "reg-" + UUID.randomUUID();
		SignedInUser user = this.service.register(new AccountService.Registration("  Ann Other ",
				"  " + local.toUpperCase() + "@Example.ORG ", PASSWORD));

		Account stored = this.accounts.findById(user.id()).orElseThrow();
		assertThat(stored.getEmail()).isEqualTo(local + "@example.org");
		assertThat(stored.getDisplayName()).isEqualTo("Ann Other");
		assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
	}

	@Test
	void refusesASecondAccountForTheSameAddressWhateverItsCase() {
		String email = "dup-" + UUID.randomUUID() + "@example.org";
		this.service.register(new AccountService.Registration("First", email, PASSWORD));

		assertThatExceptionOfType(AccountProblem.class)
			.isThrownBy(() -> this.service
				.register(new AccountService.Registration("Second", " " + email.toUpperCase(), PASSWORD)))
			.satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("email");
				assertThat(problem.messageKey()).isEqualTo("register.email.taken");
			});
	}

	@Test
	void theDatabaseItselfRefusesAddressesThatDifferOnlyInCase() {
		String email = "db-" + UUID.randomUUID() + "@example.org";
		this.service.register(new AccountService.Registration("First", email, PASSWORD));

		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into account (email, display_name, password_hash, created_at, updated_at) values (?, 'X', 'x', now(), now())",
					email.toUpperCase()));
	}

	@Test
	void refusesAWeakPasswordWithoutCreatingAnAccount() {
		String email = "weak-" + UUID.randomUUID() + "@example.org";
		assertThatExceptionOfType(AccountProblem.class)
			.isThrownBy(() -> this.service.register(new AccountService.Registration("Weak", email, "password12345")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("password.common"));
		assertThat(this.service.isRegistered(email)).isFalse();
	}

	@Test
	void changesThePasswordOnlyWithTheCurrentOne() {
		SignedInUser user = this.service
			.register(new AccountService.Registration("Pat", "pw-" + UUID.randomUUID() + "@example.org", PASSWORD));

		assertThatExceptionOfType(AccountProblem.class)
			.isThrownBy(() -> this.service.changePassword(user, "not it at all", "another fine phrase", CLIENT))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("currentPassword"));
		assertThatExceptionOfType(AccountProblem.class)
			.isThrownBy(() -> this.service.changePassword(user, PASSWORD, "short", CLIENT))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("newPassword"));

		String before = this.accounts.findById(user.id()).orElseThrow().getPasswordHash();
		this.service.changePassword(user, PASSWORD, "another fine phrase", CLIENT);
		assertThat(this.accounts.findById(user.id()).orElseThrow().getPasswordHash()).isNotEqualTo(before);
	}

	@Test
	void renamesAndBumpsTheVersion() {
		SignedInUser user = this.service
			.register(new AccountService.Registration("Pat", "rn-" + UUID.randomUUID() + "@example.org", PASSWORD));
		long version = this.accounts.findById(user.id()).orElseThrow().getVersion();

		SignedInUser renamed = this.service.rename(user, "  Patricia Jones ");

		assertThat(renamed.getDisplayName()).isEqualTo("Patricia Jones");
		Account stored = this.accounts.findById(user.id()).orElseThrow();
		assertThat(stored.getDisplayName()).isEqualTo("Patricia Jones");
		assertThat(stored.getVersion()).isGreaterThan(version);
	}

}
