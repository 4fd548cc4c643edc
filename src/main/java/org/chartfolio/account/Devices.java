package org.chartfolio.account;

import java.util.Locale;

/**
 * The browser and operating system behind a User-Agent (Firefox, Windows), enough for a
 * person to recognise their own sessions; the account page words them. Read once, when
 * they sign in, and kept with the session as "browser/system", either part empty when not
 * recognised.
 */
final class Devices {

	private Devices() {
	}

	/** A device as the account page shows it; a part not recognised is null. */
	record Device(String browser, String system) {

		static Device parse(Object stored) {
			String[] parts = (stored != null) ? stored.toString().split("/", -1) : new String[0];
			return new Device(part(parts, 0), part(parts, 1));
		}

		private static String part(String[] parts, int index) {
			return (parts.length > index && !parts[index].isEmpty()) ? parts[index] : null;
		}

		String stored() {
			return (this.browser != null ? this.browser : "") + "/" + (this.system != null ? this.system : "");
		}

	}

	static Device describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return new Device(null, null);
		}
		String ua = userAgent.toLowerCase(Locale.ROOT);
		return new Device(browser(ua), system(ua));
	}

	private static String browser(String ua) {
		if (ua.contains("edg/") || ua.contains("edge/")) {
			return "Edge";
		}
		if (ua.contains("opr/") || ua.contains("opera")) {
			return "Opera";
		}
		if (ua.contains("firefox/") || ua.contains("fxios/")) {
			return "Firefox";
		}
		if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
			return "Chrome";
		}
		if (ua.contains("safari/")) {
			return "Safari";
		}
		return null;
	}

	private static String system(String ua) {
		if (ua.contains("iphone")) {
			return "iPhone";
		}
		if (ua.contains("ipad")) {
			return "iPad";
		}
		if (ua.contains("android")) {
			return "Android";
		}
		if (ua.contains("windows")) {
			return "Windows";
		}
		if (ua.contains("mac os x") || ua.contains("macintosh")) {
			return "macOS";
		}
		if (ua.contains("cros")) {
			return "ChromeOS";
		}
		if (ua.contains("linux")) {
			return "Linux";
		}
		return null;
	}

}
