package org.chartfolio.readiness;

import java.util.List;
import java.util.Locale;

import org.chartfolio.readiness.ReadinessService.Level;

/**
 * What one readiness check found, as message keys and pages, not yet words or links: its
 * level, its title, why it passes or not, its findings, a page to see more ({@code see})
 * and the page that fixes it ({@code fix}).
 */
record CheckResult(String id, Level level, Message title, Message why, List<Found> findings, LinkTo see, LinkTo fix) {

	/**
	 * One thing a check found: a page that shows it ({@code page}, may be null) and a
	 * page where the candidate puts it right ({@code fix}, may be null).
	 */
	record Found(Message text, Route page, LinkTo fix) {
	}

	/** A page to go to and the words of the link. */
	record LinkTo(Route route, Message label) {
	}

	/**
	 * A check that passes when it found nothing and is at {@code whenFound} otherwise; a
	 * passing check has nothing to fix.
	 */
	static CheckResult of(String id, List<Found> findings, Level whenFound, Message title, Message why, LinkTo see,
			LinkTo fix) {
		Level level = findings.isEmpty() ? Level.PASS : whenFound;
		return new CheckResult(id, level, title, why, List.copyOf(findings), see, (level == Level.PASS) ? null : fix);
	}

	/**
	 * {@link #of} for a check whose words are its own message keys: its title
	 * {@code readiness.<id>.title}, and why it passes or not {@code readiness.<id>.pass},
	 * or {@code .fail} or {@code .warning} after the level it is at when it found
	 * something. Such a check links to no single fix: each finding has its own.
	 */
	static CheckResult of(String id, List<Found> findings, Level whenFound, LinkTo see) {
		String outcome = findings.isEmpty() ? "pass" : whenFound.name().toLowerCase(Locale.ROOT);
		return of(id, findings, whenFound, new Message("readiness." + id + ".title"),
				new Message("readiness." + id + "." + outcome), see, null);
	}

	static LinkTo link(Route route, String messageKey, Object... args) {
		return new LinkTo(route, new Message(messageKey, args));
	}

}
