package org.chartfolio.access;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.SectionSharingChanged;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the candidate's sharing of a section with their line manager into the
 * portfolio's activity log, beside the invitations: it changes what somebody may see. It
 * listens in the transaction of the change, so the change and its record are kept or lost
 * together.
 */
@Component
@RequiredArgsConstructor
class SectionSharingLog {

	private static final int MAX_SUBJECT = 254;

	private final AccessActivities activities;

	private final MessageSource messages;

	@EventListener
	void on(SectionSharingChanged change) {
		String section = (change.sectionTitle() != null) ? change.sectionTitle()
				: this.messages.getMessage(change.kind().messageKey(), null, Locale.UK);
		String subject = (section.length() > MAX_SUBJECT) ? section.substring(0, MAX_SUBJECT) : section;
		this.activities.save(new AccessActivity(change.portfolioId(), change.actorName(),
				change.shared() ? AccessActivity.Action.SECTION_SHARED : AccessActivity.Action.SECTION_UNSHARED,
				PortfolioRole.LINE_MANAGER, subject, change.at()));
	}

}
