package org.chartfolio.portfolio;

import java.time.LocalDateTime;

/**
 * Something an imported ZIP said happened (the portfolio submitted, a section approved by
 * "Dr Ruth Okafor"): kept as history, shown with an "Imported" label, never trusted.
 * {@code byName} is text from the file, linked to no account; {@code at} in the
 * installation's zone; {@code detail} the reason a section was reopened.
 */
public record ImportedEvent(Kind kind, LocalDateTime at, String byName, String detail) {

	public enum Kind {

		SUBMITTED, READY_FOR_REVIEW, CHANGES_REQUESTED, APPROVED, REOPENED;

		public String messageKey() {
			return "imported.event." + name();
		}

	}

}
