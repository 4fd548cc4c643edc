package org.chartfolio.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.SiteAddress;
import org.chartfolio.system.Tokens;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A way back into an account whose password is forgotten: a single-use link, valid for an
 * hour, emailed to the account's address, or made by an administrator where no mail
 * server is configured. Asking for one answers the same whether or not the address has an
 * account. Setting the new password spends every link of the account and ends all its
 * sessions.
 */
@Service
@RequiredArgsConstructor
class PasswordResetService {

	private final Accounts accounts;

	private final PasswordResets resets;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final LinkThrottle throttle;

	private final Administrators administrators;

	private final AccountService accountService;

	private final SiteAddress site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Emails a link to the address if it has an account; otherwise, or when that address
	 * has had enough links this hour, does nothing that shows. Refused only for a client
	 * that asks too often.
	 */
	@Transactional
	void emailLink(String email, String clientAddress) {
		if (this.throttle.clientPaused(clientAddress)) {
			throw new AccountProblem("email", "reset.tooMany");
		}
		if (!this.throttle.allow(email, clientAddress)) {
			return;
		}
		this.accounts.findByEmail(Account.normaliseEmail(email))
			.ifPresent((account) -> this.events.publishEvent(new AccountEmail(account.getEmail(),
					account.getDisplayName(), AccountEmail.Kind.PASSWORD_RESET, newLink(account))));
	}

	/** A link an administrator passes on to the person by hand. */
	@Transactional
	String linkForAdministrator(SignedInUser administrator, String email) {
		this.administrators.check(administrator);
		Account account = this.accounts.findByEmail(Account.normaliseEmail(email))
			.orElseThrow(() -> new AccountProblem("email", "admin.reset.noAccount"));
		return newLink(account);
	}

	/**
	 * A link for the account of this address, for the command line; empty when there is
	 * no such account.
	 */
	@Transactional
	Optional<String> linkForCommandLine(String email) {
		return this.accounts.findByEmail(Account.normaliseEmail(email)).map(this::newLink);
	}

	/**
	 * Whether the link still works, so the page shows the form rather than why it does
	 * not.
	 */
	@Transactional(readOnly = true)
	boolean usable(String token) {
		return this.resets.findByTokenHash(Tokens.hash(token))
			.filter((r) -> r.usableAt(this.clock.instant()))
			.isPresent();
	}

	@Transactional
	void setPassword(String token, String newPassword) {
		PasswordReset reset = this.resets.findByTokenHash(Tokens.hash(token))
			.orElseThrow(() -> new AccountProblem("newPassword", "reset.link.unusable"));
		Instant now = this.clock.instant();
		Account account = this.accounts.findById(reset.getAccountId())
			.orElseThrow(() -> new AccountProblem("newPassword", "reset.link.unusable"));
		this.policy.problemWith(newPassword, account.getEmail()).ifPresent((key) -> {
			throw new AccountProblem("newPassword", key);
		});
		reset.use(now);
		this.resets.spendAll(account.getId(), now);
		account.replacePasswordHash(this.encoder.encode(newPassword), now);
		this.accountService.endSessionsAfterCommit(account.getEmail(), null);
	}

	private String newLink(Account account) {
		String token = Tokens.newToken();
		this.resets.save(new PasswordReset(account.getId(), Tokens.hash(token), this.clock.instant()));
		return this.site.absolute("/password/reset/" + token);
	}

}
