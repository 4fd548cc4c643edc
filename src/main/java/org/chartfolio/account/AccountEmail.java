package org.chartfolio.account;

/**
 * An email the account module needs sent: a password reset link, the confirmation of a
 * new address, or a warning to the owner of an address. Published inside the transaction
 * that made the link; the notification module, which owns email, sends it once that has
 * committed. The link (where there is one) exists only here and in the email, never in
 * the database.
 *
 * @param to the address to write to
 * @param name the person's name, or null when nobody of that address is known
 * @param kind what the email is for, which gives its words
 * @param link the absolute link the email offers, or null
 */
public record AccountEmail(String to, String name, Kind kind, String link) {

	public enum Kind {

		/** A link that sets a new password, valid for an hour. */
		PASSWORD_RESET,

		/** A link that finishes creating an account at this address. */
		CONFIRM_REGISTRATION,

		/** Somebody tried to register with an address that already has an account. */
		ALREADY_REGISTERED,

		/** A link that moves an account's sign-in email to this address. */
		CONFIRM_NEW_EMAIL,

		/** The sign-in email moved away from this address. */
		EMAIL_CHANGED,

		/** The account was deleted. */
		ACCOUNT_DELETED;

		public String subjectKey() {
			return "account.mail.subject." + name();
		}

		public String bodyKey() {
			return "account.mail.body." + name();
		}

	}

	@Override
	public String toString() {
		return "AccountEmail[" + this.kind + "]";
	}

}
