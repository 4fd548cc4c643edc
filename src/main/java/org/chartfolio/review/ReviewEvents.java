package org.chartfolio.review;

import java.time.Clock;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.SectionView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells others what happened in a review with a {@link SectionReviewEvent}, published
 * inside the caller's transaction so that it is kept only if the change is.
 */
@Component
@RequiredArgsConstructor
class ReviewEvents {

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	void publish(SectionReviewEvent.Kind kind, SignedInUser user, SectionView section, String text) {
		publish(kind, user, section, text, null);
	}

	void publish(SectionReviewEvent.Kind kind, SignedInUser user, SectionView section, String text, Long threadId) {
		this.events.publishEvent(new SectionReviewEvent(kind, section.portfolioId(), section.id(), title(section),
				user.id(), user.getDisplayName(), text, this.clock.instant(), threadId));
	}

	/** The section's name as its pages show it. */
	private String title(SectionView section) {
		return this.messages.getMessage(section.nameKey(), section.nameArgs(), Locale.UK);
	}

}
