package org.chartfolio.account;

import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks the current password that the account pages ask for before a change that matters
 * (password, sign-in email, two-factor, deleting the account). Wrong answers count in the
 * sign-in throttle, for the account from that address, so these forms are no easier a
 * place to guess.
 */
@Component
@RequiredArgsConstructor
class PasswordGuard {

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	/**
	 * Refuses, naming the field, a wrong password or one tried while guessing is paused.
	 */
	void check(Account account, String password, String clientAddress, String field) {
		if (this.throttle.pausedUntil(account.getEmail(), clientAddress).isPresent()) {
			throw new AccountProblem(field, "account.password.paused");
		}
		if (password == null || password.isEmpty() || !this.encoder.matches(password, account.getPasswordHash())) {
			this.throttle.recordFailure(account.getEmail(), clientAddress);
			throw new AccountProblem(field, "account.password.currentWrong");
		}
	}

}
