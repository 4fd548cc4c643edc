package org.chartfolio.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration and changes to one's own account. Every rule is checked here, whichever form or
 * job calls it; a broken rule comes back as an {@link AccountProblem} naming the field.
 */
@Service
public class AccountService {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	AccountService(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	public record Registration(String name, String email, String password) {
		@Override
		public String toString() {
			return "Registration[" + this.email + "]";
		}
	}

	@Transactional
	public SignedInUser register(Registration registration) {
		String email = Account.normaliseEmail(registration.email());
		if (this.accounts.existsByEmail(email)) {
			throw new AccountProblem("email", "register.email.taken");
		}
		this.passwordPolicy.problemWith(registration.password(), email).ifPresent((key) -> {
			throw new AccountProblem("password", key);
		});
		Account account = new Account(email, registration.name(), this.passwordEncoder.encode(registration.password()),
				this.clock.instant());
		return this.accounts.save(account).toSignedInUser();
	}

	@Transactional(readOnly = true)
	public boolean isRegistered(String email) {
		return this.accounts.existsByEmail(Account.normaliseEmail(email));
	}

	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(long accountId) {
		return this.accounts.findById(accountId).map(Account::getDisplayName);
	}

	/** How to reach a person, for notifications and the emails that go with them. */
	public record Contact(long id, String email, String name) {
	}

	@Transactional(readOnly = true)
	public Optional<Contact> contactOf(long accountId) {
		return this.accounts.findById(accountId).map(AccountService::contact);
	}

	@Transactional(readOnly = true)
	public Optional<Contact> contactByEmail(String email) {
		return this.accounts.findByEmail(Account.normaliseEmail(email)).map(AccountService::contact);
	}

	private static Contact contact(Account account) {
		return new Contact(account.getId(), account.getEmail(), account.getDisplayName());
	}

	@Transactional
	public SignedInUser rename(SignedInUser user, String newName) {
		Account account = load(user);
		account.rename(newName, this.clock.instant());
		return user.withDisplayName(account.getDisplayName());
	}

	@Transactional
	public void changePassword(SignedInUser user, String currentPassword, String newPassword) {
		Account account = load(user);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountProblem("currentPassword", "account.password.currentWrong");
		}
		this.passwordPolicy.problemWith(newPassword, account.getEmail()).ifPresent((key) -> {
			throw new AccountProblem("newPassword", key);
		});
		account.replacePasswordHash(this.passwordEncoder.encode(newPassword), this.clock.instant());
	}

	private Account load(SignedInUser user) {
		return this.accounts.findById(user.id())
			.orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
	}

}
