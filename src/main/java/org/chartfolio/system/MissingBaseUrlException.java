package org.chartfolio.system;

/**
 * The app was started outside a local installation without its public address, so it
 * could not write a link that is safe to email; or with an address that is not one.
 */
class MissingBaseUrlException extends IllegalStateException {

	MissingBaseUrlException(String databaseUrl) {
		super("CHARTFOLIO_BASE_URL is not set, and the database (" + databaseUrl + ") is not on this machine");
	}

	private MissingBaseUrlException(String message, boolean malformed) {
		super(message);
	}

	static final class Malformed extends MissingBaseUrlException {

		Malformed(String address) {
			super("CHARTFOLIO_BASE_URL (" + address
					+ ") is not an http or https address like https://chartfolio.example.org", true);
		}

	}

}
