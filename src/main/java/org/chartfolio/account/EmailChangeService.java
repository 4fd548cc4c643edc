package org.chartfolio.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.SiteAddress;
import org.chartfolio.system.Tokens;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an account's sign-in email: asked for with the current password, done only when
 * the link emailed to the new address is followed (so nobody signs in with an address
 * they cannot read). Whether the new address has an account already is not said when
 * asking; following the link then refuses. Once moved, every other session ends and the
 * old address is told.
 */
@Service
@RequiredArgsConstructor
class EmailChangeService {

	private final Accounts accounts;

	private final EmailChanges changes;

	private final PasswordGuard passwordGuard;

	private final LinkThrottle throttle;

	private final AccountService accountService;

	private final SiteAddress site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional
	void request(SignedInUser user, String newEmail, String password, String clientAddress) {
		Account account = this.accounts.findById(user.id()).orElseThrow();
		this.passwordGuard.check(account, password, clientAddress, "currentPassword");
		String address = Account.normaliseEmail(newEmail);
		if (address.equals(account.getEmail())) {
			throw new AccountProblem("newEmail", "emailChange.same");
		}
		if (this.throttle.clientPaused(clientAddress)) {
			throw new AccountProblem("newEmail", "reset.tooMany");
		}
		if (!this.throttle.allow(address, clientAddress) || this.accounts.existsByEmail(address)) {
			return;
		}
		String token = Tokens.newToken();
		this.changes.save(new EmailChange(account.getId(), address, Tokens.hash(token), this.clock.instant()));
		this.events.publishEvent(new AccountEmail(address, account.getDisplayName(),
				AccountEmail.Kind.CONFIRM_NEW_EMAIL, this.site.absolute("/account/email/confirm/" + token)));
	}

	/** The new address a link would move to, while it still works. */
	@Transactional(readOnly = true)
	Optional<String> pending(String token) {
		return this.changes.findByTokenHash(Tokens.hash(token))
			.filter((change) -> change.usableAt(this.clock.instant()))
			.map(EmailChange::getNewEmail);
	}

	/**
	 * Moves the account to the new address and gives it back. When the link is followed
	 * in a browser signed in to that account, that session stays (as the new address);
	 * every other one ends.
	 */
	@Transactional
	SignedInUser confirm(String token, SignedInUser current, String currentSessionId) {
		EmailChange change = this.changes.findByTokenHash(Tokens.hash(token))
			.orElseThrow(() -> new AccountProblem("token", "emailChange.link.unusable"));
		Instant now = this.clock.instant();
		change.use(now);
		if (this.accounts.existsByEmail(change.getNewEmail())) {
			throw new AccountProblem("token", "emailChange.taken");
		}
		Account account = this.accounts.findById(change.getAccountId())
			.orElseThrow(() -> new AccountProblem("token", "emailChange.link.unusable"));
		String oldEmail = account.getEmail();
		account.changeEmail(change.getNewEmail(), now);
		this.events.publishEvent(new AccountEmail(oldEmail, account.getDisplayName(), AccountEmail.Kind.EMAIL_CHANGED,
				change.getNewEmail()));
		boolean here = current != null && current.id() == account.getId();
		// The other sessions were signed in with the old address, and are found by it.
		this.accountService.endSessionsAfterCommit(oldEmail, here ? currentSessionId : null);
		return account.toSignedInUser();
	}

}
