package org.chartfolio.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who administers this installation: the accounts whose email addresses are listed in
 * {@code chartfolio.administrators} (CHARTFOLIO_ADMINISTRATORS, comma-separated).
 * Administrators manage the shared data (the PKSB framework); they read nobody's
 * portfolio. Anybody else asking for an administration page gets 404, as for anything
 * they may not see.
 */
@Component
public class Administrators {

	private final Set<String> emails;

	Administrators(@Value("${chartfolio.administrators:}") List<String> emails) {
		this.emails = emails.stream()
			.map((email) -> email.strip().toLowerCase(Locale.ROOT))
			.filter((email) -> !email.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean includes(SignedInUser user) {
		return user != null && this.emails.contains(user.email().toLowerCase(Locale.ROOT));
	}

	/** Refuses, as not found, anybody who is not an administrator. */
	public void check(SignedInUser user) {
		if (!includes(user)) {
			throw new NotAnAdministratorException();
		}
	}

}
