package org.chartfolio.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough to resist guessing, short enough for the
 * hash, and not one of the passwords that attackers try first. The common-password list
 * ships with the app (security/common-passwords.txt) so that no check depends on an
 * outside service.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	/** BCrypt, the delegating encoder's default, reads at most 72 bytes. */
	static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load(new ClassPathResource("security/common-passwords.txt"));
	}

	/** Returns the message key of the first problem with the password, if any. */
	Optional<String> problemWith(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.required");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		if (isCommon(password)) {
			return Optional.of("password.common");
		}
		String localPart = localPart(email);
		if (localPart.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(localPart)) {
			return Optional.of("password.containsEmail");
		}
		return Optional.empty();
	}

	/**
	 * A password is common when it is on the list, or is a listed password with digits
	 * and symbols added at the end ("password1234!"), or is one character repeated.
	 */
	boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.chars().distinct().count() <= 2) {
			return true;
		}
		String stem = lower.replaceAll("[^\\p{L}]+$", "");
		return !stem.isEmpty() && !stem.equals(lower) && this.common.contains(stem);
	}

	private static String localPart(String email) {
		String normalised = Account.normaliseEmail(email);
		int at = normalised.indexOf('@');
		return (at < 0) ? normalised : normalised.substring(0, at);
	}

	private static Set<String> load(ClassPathResource resource) {
		Set<String> words = new HashSet<>(40_000);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common-password list could not be read", ex);
		}
		return Set.copyOf(words);
	}

}
