package org.chartfolio.notification;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.directory.MentorRequestEvent;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.review.SectionReviewEvent.Kind.APPROVED;
import static org.chartfolio.review.SectionReviewEvent.Kind.CHANGES_REQUESTED;
import static org.chartfolio.review.SectionReviewEvent.Kind.COMMENTED;
import static org.chartfolio.review.SectionReviewEvent.Kind.READY_FOR_REVIEW;
import static org.chartfolio.review.SectionReviewEvent.Kind.REOPENED;

/**
 * Who hears of each review event: the other party, never whoever did it, never the line
 * manager.
 */
@IntegrationTest
class NotificationListenerTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private NotificationList list;

	@Autowired
	private NotificationScenes scenes;

	private NotificationScene scene;

	@BeforeEach
	void scene() {
		this.scene = this.scenes.candidate("Aisha Khan");
	}

	@Test
	void readyForReviewGoesToTheMentorAlone() {
		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());

		assertThat(kindsFor(this.scene.mentor())).containsExactly("READY_FOR_REVIEW");
		assertThat(kindsFor(this.scene.candidate())).isEmpty();
		assertThat(kindsFor(this.scene.lineManager())).isEmpty();
		NotificationList.NotificationView shown = this.list.inbox(this.scene.mentor(), 0).items().get(0);
		assertThat(shown.actorName()).isEqualTo("Aisha Khan");
		assertThat(shown.sectionTitle()).isEqualTo(this.scene.sectionTitle());
		assertThat(shown.portfolioTitle()).isEqualTo("My certification portfolio");
		assertThat(shown.unread()).isTrue();
		assertThat(linkFor(this.scene.mentor())).isEqualTo(this.scene.sectionPath() + "/review");
	}

	@Test
	void theMentorsDecisionsGoToTheCandidate() {
		this.scene.happens(CHANGES_REQUESTED, this.scene.mentor());
		this.scene.happens(APPROVED, this.scene.mentor());

		assertThat(kindsFor(this.scene.candidate())).containsExactlyInAnyOrder("CHANGES_REQUESTED", "APPROVED");
		assertThat(kindsFor(this.scene.mentor())).isEmpty();
		assertThat(kindsFor(this.scene.lineManager())).isEmpty();
	}

	@Test
	void reopeningGoesToTheMentor() {
		this.scene.happens(REOPENED, this.scene.candidate());

		assertThat(kindsFor(this.scene.mentor())).containsExactly("REOPENED");
		assertThat(kindsFor(this.scene.candidate())).isEmpty();
	}

	@Test
	void aCommentGoesToTheOtherPartyAndLinksToTheThreads() {
		this.scene.happens(COMMENTED, this.scene.candidate());
		assertThat(kindsFor(this.scene.mentor())).containsExactly("COMMENTED");
		assertThat(kindsFor(this.scene.candidate())).isEmpty();

		this.scene.happens(COMMENTED, this.scene.mentor());
		assertThat(kindsFor(this.scene.candidate())).containsExactly("COMMENTED");
		assertThat(kindsFor(this.scene.mentor())).containsExactly("COMMENTED");
		assertThat(linkFor(this.scene.candidate())).isEqualTo(this.scene.sectionPath() + "#threads");
	}

	@Test
	void nobodyHearsOfWhatTheyDidThemselves() {
		// Events the review rules would never allow, sent to prove the listener never
		// notifies the actor.
		this.scene.happens(APPROVED, this.scene.candidate());
		this.scene.happens(READY_FOR_REVIEW, this.scene.mentor());

		assertNeitherHeard();
	}

	@Test
	void aCommentByAnybodyElseNotifiesNobody() {
		this.scene.happens(COMMENTED, this.scene.lineManager());

		assertNeitherHeard();
	}

	@Test
	void withoutAMentorAReviewRequestReachesNobodyAndAFormerMentorHearsNothingNew() {
		this.scene.mentorLeaves();

		this.scene.happens(READY_FOR_REVIEW, this.scene.candidate());
		this.scene.happens(COMMENTED, this.scene.candidate());

		assertNeitherHeard();
	}

	@Test
	void aChangeThatIsRolledBackLeavesNoNotification() {
		this.scene.happensButRollsBack(READY_FOR_REVIEW, this.scene.candidate());

		assertThat(kindsFor(this.scene.mentor())).isEmpty();
	}

	@Test
	void aMentorRequestReachesTheMentorBeforeTheyHaveAccessAndItsAnswerTheCandidate() {
		SignedInUser asked = this.fixtures.person("Grace Mentor");
		SignedInUser candidate = this.scene.candidate();
		long portfolio = this.scene.portfolioId();
		publish(new MentorRequestEvent(MentorRequestEvent.Kind.SENT, 77, portfolio, candidate.id(), asked.id(),
				java.time.Instant.now()));

		assertThat(kindsFor(asked)).containsExactly("MENTOR_REQUESTED");
		assertThat(this.notifications.unreadCount(asked)).isEqualTo(1);
		NotificationList.NotificationView shown = this.list.inbox(asked, 0).items().get(0);
		assertThat(shown.actorName()).isEqualTo("Aisha Khan");
		assertThat(shown.portfolioTitle()).isEqualTo("My certification portfolio");
		assertThat(this.notifications.open(asked, shown.id()).path()).contains("/mentors/requests/77");
		assertThat(this.notifications.unreadCount(asked)).isZero();

		publish(new MentorRequestEvent(MentorRequestEvent.Kind.DECLINED, 77, portfolio, candidate.id(), asked.id(),
				java.time.Instant.now()));
		assertThat(kindsFor(candidate)).containsExactly("MENTOR_REQUEST_DECLINED");
		assertThat(this.list.inbox(candidate, 0).items().get(0).actorName()).isEqualTo("Grace Mentor");

		publish(new MentorRequestEvent(MentorRequestEvent.Kind.WITHDRAWN, 78, portfolio, candidate.id(), asked.id(),
				java.time.Instant.now()));
		NotificationList.NotificationView withdrawn = this.list.inbox(asked, 0).items().get(0);
		assertThat(withdrawn.kind()).isEqualTo(NotificationKind.MENTOR_REQUEST_WITHDRAWN);
		assertThat(withdrawn.linked()).isFalse();
		assertThat(kindsFor(this.scene.mentor())).isEmpty();
	}

	@Test
	void anAcceptedRequestLeadsTheCandidateToTheirPeoplePage() {
		SignedInUser asked = this.fixtures.person("Grace Mentor");
		publish(new MentorRequestEvent(MentorRequestEvent.Kind.ACCEPTED, 79, this.scene.portfolioId(),
				this.scene.candidate().id(), asked.id(), java.time.Instant.now()));

		NotificationList.NotificationView shown = this.list.inbox(this.scene.candidate(), 0).items().get(0);
		assertThat(shown.kind()).isEqualTo(NotificationKind.MENTOR_REQUEST_ACCEPTED);
		assertThat(this.notifications.open(this.scene.candidate(), shown.id()).path())
			.contains("/portfolios/" + this.scene.portfolioId() + "/people");
		assertThat(kindsFor(asked)).isEmpty();
	}

	/** Neither the candidate nor the mentor has a notification. */
	private void assertNeitherHeard() {
		assertThat(kindsFor(this.scene.candidate())).isEmpty();
		assertThat(kindsFor(this.scene.mentor())).isEmpty();
	}

	/** Where this person's one notification leads. */
	private String linkFor(SignedInUser person) {
		return this.jdbc.sql("select link_path from notification where recipient_id = ?")
			.param(person.id())
			.query(String.class)
			.single();
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private List<String> kindsFor(SignedInUser person) {
		return this.jdbc.sql("select kind from notification where recipient_id = ? and portfolio_id = ? order by id")
			.param(person.id())
			.param(this.scene.portfolioId())
			.query(String.class)
			.list();
	}

}
