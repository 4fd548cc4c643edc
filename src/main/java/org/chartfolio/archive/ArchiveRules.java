package org.chartfolio.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.archive.ArchiveDocument.PortfolioDoc;

import org.springframework.stereotype.Component;

/**
 * Holds an archive to the rules the forms hold a person to, before anything is written:
 * every text within its form's limit (the modules' own constants, never copied numbers),
 * numbers and counts in range, dates within what the app could have written. The first
 * rule broken refuses the whole import with a message naming what and where.
 */
@Component
@RequiredArgsConstructor
class ArchiveRules {

	/** Nothing in a portfolio happened in the app before this. */
	static final Instant EARLIEST_INSTANT = Instant.parse("2000-01-01T00:00:00Z");

	/** A day a person writes (an evidence item's date, a target) lies within these. */
	static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);

	static final int LATEST_DAY_YEARS_AHEAD = 100;

	/**
	 * Clocks differ between installations; a time a little ahead of ours is not a lie.
	 */
	static final Duration CLOCK_SKEW = Duration.ofDays(1);

	private final Clock clock;

	/** Checks the whole document at once. */
	void check(ArchiveDocument document) {
		ArchiveCheck check = begin();
		PortfolioDoc p = document.portfolio();
		list(p.sections()).forEach(check::section);
		list(p.evidence()).forEach(check::evidence);
		list(p.goals()).forEach(check::goal);
		check.pksb(p.pksb());
		list(p.meetings()).forEach(check::meeting);
		list(p.cpd()).forEach(check::cpd);
		list(p.glossary()).forEach(check::glossary);
		list(p.signOffs()).forEach(check::signOff);
		check.portfolio(p);
	}

	/**
	 * A check fed one part at a time as the document streams in, so that a part breaking
	 * a rule (an item beyond the highest number, tags beyond the form's length) is
	 * refused before the next is read; {@link ArchiveCheck#portfolio} checks the
	 * portfolio's own fields at the end.
	 */
	ArchiveCheck begin() {
		return new ArchiveCheck(this.clock.instant());
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
