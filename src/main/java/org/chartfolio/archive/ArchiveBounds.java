package org.chartfolio.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.chartfolio.system.Refusal;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.chartfolio.archive.ArchiveRules.CLOCK_SKEW;
import static org.chartfolio.archive.ArchiveRules.EARLIEST_DAY;
import static org.chartfolio.archive.ArchiveRules.EARLIEST_INSTANT;
import static org.chartfolio.archive.ArchiveRules.LATEST_DAY_YEARS_AHEAD;

/**
 * The bounds one check holds every value to, as of the moment it began: a text's length,
 * a number's range, a day and an instant, each refusal a {@link Refusal} saying what and
 * where.
 */
final class ArchiveBounds {

	private final Instant latestInstant;

	private final LocalDate latestDay;

	private final LocalDate today;

	ArchiveBounds(Instant now) {
		this.latestInstant = now.plus(CLOCK_SKEW);
		this.today = LocalDate.ofInstant(this.latestInstant, ZoneOffset.UTC);
		this.latestDay = this.today.plusYears(LATEST_DAY_YEARS_AHEAD);
	}

	/**
	 * Today as this check sees it, clock skew allowed for: no later day has happened yet.
	 */
	LocalDate today() {
		return this.today;
	}

	static DefaultMessageSourceResolvable where(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { "archive.where." + code }, named(arguments));
	}

	/**
	 * A number that names a thing (section 3, E12) reads as written, not grouped like a
	 * quantity.
	 */
	private static Object[] named(Object[] arguments) {
		Object[] named = arguments.clone();
		for (int i = 0; i < named.length; i++) {
			if (named[i] instanceof Integer number) {
				named[i] = number.toString();
			}
		}
		return named;
	}

	static void length(String text, int limit, String rule, Object... where) {
		if (text != null && text.length() > limit) {
			Object[] arguments = new Object[where.length + 2];
			System.arraycopy(named(where), 0, arguments, 0, where.length);
			arguments[where.length] = text.length();
			arguments[where.length + 1] = limit;
			throw new Refusal("archive.rule." + rule, arguments);
		}
	}

	static void range(DefaultMessageSourceResolvable what, int value, int min, int max) {
		if (value < min || value > max) {
			throw new Refusal("archive.rule.outOfRange", what, value, min, max);
		}
	}

	void day(DefaultMessageSourceResolvable what, LocalDate day) {
		if (day != null && (day.isBefore(EARLIEST_DAY) || day.isAfter(this.latestDay))) {
			throw new Refusal("archive.rule.date", what, day.toString(), EARLIEST_DAY.toString(),
					this.latestDay.toString());
		}
	}

	void instants(DefaultMessageSourceResolvable what, Instant... instants) {
		for (Instant instant : instants) {
			if (instant != null && (instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(this.latestInstant))) {
				throw new Refusal("archive.rule.date", what, instant.toString(),
						LocalDate.ofInstant(EARLIEST_INSTANT, ZoneOffset.UTC).toString(),
						LocalDate.ofInstant(this.latestInstant, ZoneOffset.UTC).toString());
			}
		}
	}

}
