package org.chartfolio.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.access.InvitationClosed;
import org.chartfolio.access.InvitationIssued;
import org.chartfolio.account.AccountEmail;
import org.chartfolio.account.AccountService;
import org.chartfolio.directory.MentorRequestEvent;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioMemberships.ReviewParties;
import org.chartfolio.portfolio.SectionSharingChanged;
import org.chartfolio.portfolio.SupporterLeft;
import org.chartfolio.review.SectionReviewEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Hears what happens in reviews and invitations. The in-app notification is stored in the
 * same transaction as the change (so the two stand or fall together); email is stored
 * with it and sent once it has committed. Nobody is ever notified of what they did
 * themselves.
 */
@Component
@RequiredArgsConstructor
class NotificationListeners {

	private final NotificationService notifications;

	private final NotificationMailer mailer;

	private final PortfolioMemberships memberships;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	@EventListener
	void onReview(SectionReviewEvent event) {
		ReviewParties parties = this.memberships.reviewParties(event.portfolioId()).orElse(null);
		if (parties == null) {
			return;
		}
		if (event.kind() == SectionReviewEvent.Kind.CHANGES_REQUESTED
				|| event.kind() == SectionReviewEvent.Kind.APPROVED) {
			// The mentor has decided: their request to review the section is done with.
			this.notifications.reviewRequestsDone(event.sectionId(), event.at());
		}
		recipient(event, parties).filter((recipient) -> recipient != event.actorId())
			.flatMap(this.accounts::contactOf)
			.ifPresent((recipient) -> {
				NotificationKind kind = NotificationKind.of(event.kind());
				Notification notification = this.notifications.record(Notification.aboutSection(recipient.id(),
						recipient.id() == parties.candidateId(), event, parties.portfolioTitle()));
				this.events.publishEvent(new NotificationRecorded(recipient.email(), recipient.name(), kind,
						event.actorName(), event.sectionTitle(), parties.portfolioTitle(), notification.getLinkPath()));
			});
	}

	/**
	 * The candidate asks the mentor for a review and tells them of a reopening; the
	 * mentor's decisions go to the candidate; a comment goes to whichever of the two did
	 * not write it.
	 */
	static Optional<Long> recipient(SectionReviewEvent event, ReviewParties parties) {
		return switch (event.kind()) {
			case READY_FOR_REVIEW, REOPENED -> parties.mentor();
			case CHANGES_REQUESTED, APPROVED -> Optional.of(parties.candidateId());
			case COMMENTED -> {
				if (event.actorId() == parties.candidateId()) {
					yield parties.mentor();
				}
				yield parties.mentor()
					.filter((mentor) -> mentor == event.actorId())
					.map((mentor) -> parties.candidateId());
			}
		};
	}

	/**
	 * A request through the mentor directory: the mentor hears that it came or was
	 * withdrawn, the candidate that it was answered.
	 */
	@EventListener
	void onMentorRequest(MentorRequestEvent event) {
		ReviewParties parties = this.memberships.reviewParties(event.portfolioId()).orElse(null);
		boolean toMentor = event.kind() == MentorRequestEvent.Kind.SENT
				|| event.kind() == MentorRequestEvent.Kind.WITHDRAWN;
		Optional<AccountService.Contact> actor = this.accounts
			.contactOf(toMentor ? event.candidateId() : event.mentorId());
		Optional<AccountService.Contact> recipient = this.accounts
			.contactOf(toMentor ? event.mentorId() : event.candidateId());
		if (parties == null || actor.isEmpty() || recipient.isEmpty()) {
			return;
		}
		NotificationKind kind = NotificationKind.of(event.kind());
		Notification notification = this.notifications.record(Notification.aboutMentorRequest(recipient.get().id(),
				event, actor.get().name(), parties.portfolioTitle()));
		this.events.publishEvent(new NotificationRecorded(recipient.get().email(), recipient.get().name(), kind,
				actor.get().name(), null, parties.portfolioTitle(), notification.getLinkPath()));
	}

	/**
	 * An invitee who already has an account hears of it in the app as well. A new link
	 * for the same invitation takes the place of the notification of the old one.
	 */
	@EventListener
	void onInvitation(InvitationIssued issued) {
		this.notifications.invitationEnded(issued.invitationId(), InvitationEnd.REPLACED);
		this.accounts.contactByEmail(issued.email())
			.ifPresent((invitee) -> this.notifications
				.record(Notification.invitation(invitee.id(), issued, this.clock.instant())));
	}

	/**
	 * The candidate hears that their mentor or line manager left Chartfolio, in the app
	 * and by email.
	 */
	@EventListener
	void onSupporterLeft(SupporterLeft left) {
		this.accounts.contactOf(left.candidateId()).ifPresent((candidate) -> {
			Notification notification = this.notifications.record(Notification.supporterLeft(candidate.id(), left));
			this.events.publishEvent(
					new NotificationRecorded(candidate.email(), candidate.name(), NotificationKind.SUPPORTER_LEFT,
							left.name(), null, left.portfolioTitle(), notification.getLinkPath()));
		});
	}

	/**
	 * The line manager hears, in the app and by email, that the candidate shared a
	 * section with them; the link opens the shared section's page. Stopping sharing tells
	 * nobody: the notification simply stops being listed.
	 */
	@EventListener
	void onSectionShared(SectionSharingChanged change) {
		if (!change.shared()) {
			return;
		}
		String section = (change.sectionTitle() != null) ? change.sectionTitle()
				: this.messages.getMessage(change.kind().messageKey(), null, Locale.UK);
		this.accounts.contactOf(change.lineManagerId()).ifPresent((manager) -> {
			Notification notification = this.notifications
				.record(Notification.sectionShared(manager.id(), change, section));
			this.events
				.publishEvent(new NotificationRecorded(manager.email(), manager.name(), NotificationKind.SECTION_SHARED,
						change.actorName(), section, change.portfolioTitle(), notification.getLinkPath()));
		});
	}

	/**
	 * Once an invitation is answered or revoked, its notification is neither listed nor
	 * counted.
	 */
	@EventListener
	void onInvitationClosed(InvitationClosed closed) {
		this.notifications.invitationEnded(closed.invitationId(), InvitationEnd.of(closed.outcome()));
	}

	/*
	 * Email: each event is stored in the event publication registry in the transaction
	 * that published it and handed to these listeners, on a background thread, once that
	 * has committed. A listener that throws (the mail server is down) leaves its
	 * publication there, to be sent again by the recurring resubmission or after a
	 * restart; one that returns deletes it. No transaction is opened for them
	 * (NOT_SUPPORTED), so no connection is held while the mail server answers.
	 */

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void mailInvitation(InvitationIssued issued) {
		this.mailer.invitation(issued);
	}

	/**
	 * Account emails (reset links, confirmations, warnings) go out once their change has
	 * committed.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void mailAccount(AccountEmail email) {
		this.mailer.account(email);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void mailNotification(NotificationRecorded recorded) {
		this.mailer.notification(recorded);
	}

}
