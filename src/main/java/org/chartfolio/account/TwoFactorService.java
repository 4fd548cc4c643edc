package org.chartfolio.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.chartfolio.system.Tokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app: six-digit TOTP codes (RFC 6238, 30
 * seconds, SHA-1, as every app reads them) computed by the TOTP library, one time step
 * either way allowed for a clock that drifts, and no code accepted twice; ten single-use
 * recovery codes kept as hashes. The shared secret is stored encrypted (AES-256-GCM with
 * a key derived from CHARTFOLIO_TWO_FACTOR_KEY, which never reaches the database);
 * without that key two-factor sign-in is not offered. Wrong codes count in the sign-in
 * throttle like wrong passwords.
 */
@Service
class TwoFactorService {

	static final int PERIOD_SECONDS = 30;

	static final int RECOVERY_CODES = 10;

	// A fixed salt is enough: the key is a secret of its own, and the salt only has to be
	// the same each start.
	private static final String SALT = "5c0a1e7c2f0d4b9a";

	private final Accounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final SecuritySettings settings;

	private final PasswordGuard passwordGuard;

	private final SignInThrottle throttle;

	private final Administrators administrators;

	private final List<MentorCheck> mentorChecks;

	private final Clock clock;

	private final TextEncryptor encryptor;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

	private final RecoveryCodeGenerator recovery = new RecoveryCodeGenerator();

	TwoFactorService(Accounts accounts, RecoveryCodes recoveryCodes, SecuritySettings settings,
			PasswordGuard passwordGuard, SignInThrottle throttle, Administrators administrators,
			List<MentorCheck> mentorChecks, Clock clock, @Value("${chartfolio.two-factor.key:}") String key) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.settings = settings;
		this.passwordGuard = passwordGuard;
		this.throttle = throttle;
		this.administrators = administrators;
		this.mentorChecks = mentorChecks;
		this.clock = clock;
		this.encryptor = key.isBlank() ? null : Encryptors.delux(key.strip(), SALT);
	}

	/** Whether this installation can keep secrets, and so offers two-factor sign-in. */
	boolean available() {
		return this.encryptor != null;
	}

	String newSecret() {
		return this.secrets.generate();
	}

	/** The otpauth:// address an authenticator app reads from the QR code. */
	String appLink(String secret, String email) {
		return new QrData.Builder().label(email)
			.secret(secret)
			.issuer("Chartfolio")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build()
			.getUri();
	}

	@Transactional(readOnly = true)
	boolean usesTwoFactor(long accountId) {
		return this.accounts.findById(accountId).map(Account::usesTwoFactor).orElse(false);
	}

	@Transactional(readOnly = true)
	long recoveryCodesLeft(SignedInUser user) {
		return this.recoveryCodes.countByAccountIdAndUsedAtIsNull(user.id());
	}

	/**
	 * Turns it on once the person has typed a code their app made from the new secret;
	 * gives the recovery codes, once.
	 */
	@Transactional
	List<String> enable(SignedInUser user, String secret, String code) {
		if (!available()) {
			throw new AccountProblem("code", "twoFactor.unavailable");
		}
		Account account = load(user.id());
		Optional<Long> step = matchingStep(secret, code);
		if (step.isEmpty()) {
			throw new AccountProblem("code", "twoFactor.code.wrong");
		}
		account.enableTwoFactor(this.encryptor.encrypt(secret), step.get(), this.clock.instant());
		return newRecoveryCodes(account);
	}

	@Transactional
	List<String> regenerateRecoveryCodes(SignedInUser user, String password, String clientAddress) {
		Account account = load(user.id());
		this.passwordGuard.check(account, password, clientAddress, "password");
		if (!account.usesTwoFactor()) {
			throw new AccountProblem("password", "twoFactor.off");
		}
		return newRecoveryCodes(account);
	}

	/**
	 * Turning it off takes the password and a code (from the app, or a recovery code).
	 */
	@Transactional
	void disable(SignedInUser user, String password, String code, String clientAddress) {
		Account account = load(user.id());
		this.passwordGuard.check(account, password, clientAddress, "password");
		if (!secondFactor(account, code, clientAddress)) {
			throw new AccountProblem("code", "twoFactor.code.wrong");
		}
		account.disableTwoFactor(this.clock.instant());
		this.recoveryCodes.deleteAllOf(account.getId());
	}

	/**
	 * The second step of signing in; refused, and counted, for a wrong or replayed code.
	 */
	@Transactional
	SignedInUser verifySignIn(long accountId, String code, String clientAddress) {
		Account account = load(accountId);
		if (this.throttle.pausedUntil(account.getEmail(), clientAddress).isPresent()) {
			throw new AccountProblem("code", "twoFactor.paused");
		}
		if (!secondFactor(account, code, clientAddress)) {
			throw new AccountProblem("code", "twoFactor.code.wrong");
		}
		this.throttle.recordSuccess(account.getEmail(), clientAddress);
		return account.toSignedInUser();
	}

	/**
	 * Whether the installation requires this person to use two-factor sign-in (and they
	 * do not yet).
	 */
	@Transactional(readOnly = true)
	boolean mustSetUp(SignedInUser user) {
		if (!available() || usesTwoFactor(user.id())) {
			return false;
		}
		SecuritySetting setting = setting();
		return (setting.isTwoFactorForAdministrators() && this.administrators.includes(user))
				|| (setting.isTwoFactorForMentors()
						&& this.mentorChecks.stream().anyMatch((check) -> check.mentorsAnyone(user.id())));
	}

	/** What the administrator's page shows and changes. */
	record Policy(boolean forMentors, boolean forAdministrators) {
	}

	@Transactional(readOnly = true)
	Policy policy() {
		SecuritySetting setting = setting();
		return new Policy(setting.isTwoFactorForMentors(), setting.isTwoFactorForAdministrators());
	}

	@Transactional
	void requirePolicy(SignedInUser administrator, Policy policy) {
		this.administrators.check(administrator);
		setting().requireTwoFactor(policy.forMentors(), policy.forAdministrators(), this.clock.instant());
	}

	private SecuritySetting setting() {
		return this.settings.findById(SecuritySetting.ONLY).orElseThrow();
	}

	private boolean secondFactor(Account account, String code, String clientAddress) {
		String typed = (code != null) ? code.replaceAll("\\s+", "").toLowerCase(Locale.ROOT) : "";
		boolean right = false;
		if (account.usesTwoFactor() && typed.matches("\\d{6}")) {
			right = matchingStep(this.encryptor.decrypt(account.getTotpSecret()), typed).filter(account::spendStep)
				.isPresent();
		}
		else if (account.usesTwoFactor() && !typed.isEmpty()) {
			right = this.recoveryCodes.findByAccountIdAndCodeHash(account.getId(), Tokens.hash(typed))
				.filter(RecoveryCode::unused)
				.map((found) -> {
					found.use(this.clock.instant());
					return true;
				})
				.orElse(false);
		}
		if (!right) {
			this.throttle.recordFailure(account.getEmail(), clientAddress);
		}
		return right;
	}

	/** The time step (now, or one either side) whose code this is. */
	private Optional<Long> matchingStep(String secret, String code) {
		String typed = (code != null) ? code.replaceAll("\\s+", "") : "";
		if (!typed.matches("\\d{6}")) {
			return Optional.empty();
		}
		long now = this.clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (this.codes.generate(secret, step).equals(typed)) {
					return Optional.of(step);
				}
			}
			catch (CodeGenerationException broken) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private List<String> newRecoveryCodes(Account account) {
		this.recoveryCodes.deleteAllOf(account.getId());
		Instant now = this.clock.instant();
		List<String> fresh = List.of(this.recovery.generateCodes(RECOVERY_CODES));
		fresh.forEach((code) -> this.recoveryCodes.save(new RecoveryCode(account.getId(), Tokens.hash(code), now)));
		return fresh;
	}

	private Account load(long accountId) {
		return this.accounts.findById(accountId)
			.orElseThrow(() -> new IllegalStateException("The account no longer exists"));
	}

}
