package org.chartfolio.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.SiteAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Registration and changes to one's own account. Every rule is checked here, whichever
 * form or job calls it; a broken rule comes back as an {@link AccountProblem} naming the
 * field.
 */
@Service
@RequiredArgsConstructor
public class AccountService {

	/**
	 * The longest name a person may have; a name kept as text elsewhere (an imported
	 * mentor's) too.
	 */
	public static final int MAX_NAME_LENGTH = Account.MAX_NAME_LENGTH;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final PasswordGuard passwordGuard;

	private final AccountSessions sessions;

	private final LinkThrottle linkThrottle;

	private final SiteAddress site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

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

	/**
	 * Registration from the public form, which answers the same whether or not the
	 * address is new: a new address gets its account; for one that has an account already
	 * nothing changes and its owner is emailed that somebody tried (at most a few times
	 * an hour). The password is hashed either way, so the two take as long. Refused only
	 * for what the form shows next to a field.
	 */
	@Transactional
	public void signUp(Registration registration, String clientAddress) {
		String email = Account.normaliseEmail(registration.email());
		this.passwordPolicy.problemWith(registration.password(), email).ifPresent((key) -> {
			throw new AccountProblem("password", key);
		});
		String hash = this.passwordEncoder.encode(registration.password());
		Optional<Account> existing = this.accounts.findByEmail(email);
		if (existing.isPresent()) {
			if (this.linkThrottle.allow(email, clientAddress)) {
				Account owner = existing.get();
				this.events.publishEvent(new AccountEmail(owner.getEmail(), owner.getDisplayName(),
						AccountEmail.Kind.ALREADY_REGISTERED, this.site.absolute("/password/forgot")));
			}
			return;
		}
		this.accounts.save(new Account(email, registration.name(), hash, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public boolean isRegistered(String email) {
		return this.accounts.existsByEmail(Account.normaliseEmail(email));
	}

	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(long accountId) {
		return this.accounts.findById(accountId).map(Account::getDisplayName);
	}

	/**
	 * The names of several people at once, by account id; an account that is gone is left
	 * out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNamesOf(Collection<Long> accountIds) {
		return this.accounts.findAllById(accountIds)
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
	}

	/**
	 * The person as background work acts for them (a PDF export they started, run later
	 * and perhaps by another instance), with the same checks in every service as when
	 * they are signed in; empty once the account is gone.
	 */
	@Transactional(readOnly = true)
	public Optional<SignedInUser> signedInUser(long accountId) {
		return this.accounts.findById(accountId)
			.map((account) -> account.toSignedInUser().withDisplayName(account.getDisplayName()));
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

	/**
	 * Where a change comes from: the client's address (for throttling the current
	 * password) and the session it was made in (which stays signed in when the others are
	 * ended).
	 */
	public record Client(String address, String sessionId) {
	}

	/** Sets a new password; every other session of the account ends once it is saved. */
	@Transactional
	public void changePassword(SignedInUser user, String currentPassword, String newPassword, Client client) {
		Account account = load(user);
		this.passwordGuard.check(account, currentPassword, client.address(), "currentPassword");
		this.passwordPolicy.problemWith(newPassword, account.getEmail()).ifPresent((key) -> {
			throw new AccountProblem("newPassword", key);
		});
		account.replacePasswordHash(this.passwordEncoder.encode(newPassword), this.clock.instant());
		endSessionsAfterCommit(account.getEmail(), client.sessionId());
	}

	/**
	 * Deletes the account and everything of the person's with it, once they have given
	 * their password: every module removes its part ({@link AccountDeleting}), then the
	 * account goes, its sessions end and, where email is sent, the address is told.
	 */
	@Transactional
	public void deleteAccount(SignedInUser user, String password, Client client) {
		Account account = load(user);
		this.passwordGuard.check(account, password, client.address(), "password");
		this.events.publishEvent(new AccountDeleting(account.getId(), account.getDisplayName()));
		this.events.publishEvent(new AccountEmail(account.getEmail(), account.getDisplayName(),
				AccountEmail.Kind.ACCOUNT_DELETED, null));
		this.accounts.delete(account);
		this.accounts.flush();
		endSessionsAfterCommit(account.getEmail(), null);
	}

	/** The account's signed-in sessions, this one first. */
	@Transactional(readOnly = true)
	List<AccountSessions.SignedInSession> sessions(SignedInUser user, String currentSessionId) {
		return this.sessions.of(user.email(), currentSessionId);
	}

	/** "Sign out everywhere else": gives how many sessions ended. */
	public int endOtherSessions(SignedInUser user, String currentSessionId) {
		return this.sessions.endAll(user.email(), currentSessionId);
	}

	/**
	 * Ends the sessions signed in with this email but the one named (null: all of them)
	 * once the change has committed, so a change that fails signs nobody out.
	 */
	void endSessionsAfterCommit(String email, String keptSessionId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.sessions.endAll(email, keptSessionId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				AccountService.this.sessions.endAll(email, keptSessionId);
			}
		});
	}

	private Account load(SignedInUser user) {
		return this.accounts.findById(user.id())
			.orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
	}

}
