package org.chartfolio.portfolio;

import java.time.Instant;

import org.chartfolio.portfolio.PortfolioService.NewPortfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review rules a section keeps for itself, whoever calls it. */
class SectionReviewRulesTests {

	private static final long CANDIDATE = 7;

	private static final long MENTOR = 8;

	private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

	private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");

	private Section section;

	@BeforeEach
	void openPortfolio() {
		this.section = Portfolio.open(CANDIDATE, new Route(), new NewPortfolio(null, "My portfolio", null), MONDAY)
			.getSections()
			.get(0);
	}

	@Test
	void theCandidateMarksADraftReadyAndTheWaitStartsThen() {
		this.section.markReadyForReview(CANDIDATE, true, TUESDAY);

		assertThat(this.section.getStatus()).isEqualTo(SectionStatus.READY_FOR_REVIEW);
		assertThat(this.section.getReadySince()).isEqualTo(TUESDAY);
		assertRefused(() -> this.section.markReadyForReview(CANDIDATE, true, TUESDAY), "review.refused.alreadyReady");
	}

	@Test
	void onlyTheCandidateMarksReadyAndOnlyWhenThereIsAMentorToAsk() {
		assertRefused(() -> this.section.markReadyForReview(MENTOR, true, TUESDAY), "review.refused.candidateOnly");
		assertRefused(() -> this.section.markReadyForReview(CANDIDATE, false, TUESDAY), "review.refused.noMentor");
		assertThat(this.section.getStatus()).isEqualTo(SectionStatus.DRAFT);
	}

	@Test
	void onlyTheMentorDecidesAndOnlyWhatIsReadyForReview() {
		assertRefused(() -> this.section.approve(MENTOR, PortfolioRole.MENTOR, 1, TUESDAY), "review.refused.notReady");
		assertRefused(() -> this.section.requestChanges(PortfolioRole.MENTOR, "More on impact", TUESDAY),
				"review.refused.notReady");
		this.section.markReadyForReview(CANDIDATE, true, MONDAY);
		assertRefused(() -> this.section.approve(CANDIDATE, PortfolioRole.OWNER, 1, TUESDAY),
				"review.refused.mentorOnly");
		assertRefused(() -> this.section.approve(9, PortfolioRole.LINE_MANAGER, 1, TUESDAY),
				"review.refused.mentorOnly");
		assertRefused(() -> this.section.requestChanges(PortfolioRole.OWNER, "Fine", TUESDAY),
				"review.refused.mentorOnly");
		assertThat(this.section.getStatus()).isEqualTo(SectionStatus.READY_FOR_REVIEW);
	}

	@Test
	void changesAreRequestedWithACommentAndTheSectionCanBeMarkedReadyAgain() {
		this.section.markReadyForReview(CANDIDATE, true, MONDAY);
		assertRefused(() -> this.section.requestChanges(PortfolioRole.MENTOR, "  ", TUESDAY),
				"review.refused.commentRequired");

		this.section.requestChanges(PortfolioRole.MENTOR, "Say what you learned", TUESDAY);

		assertThat(this.section.getStatus()).isEqualTo(SectionStatus.CHANGES_REQUESTED);
		assertThat(this.section.getReadySince()).isNull();
		this.section.markReadyForReview(CANDIDATE, true, TUESDAY);
		assertThat(this.section.getStatus()).isEqualTo(SectionStatus.READY_FOR_REVIEW);
	}

	@Test
	void approvalLocksTheSectionAndRemembersWhoWhenAndTheKeptText() {
		this.section.markReadyForReview(CANDIDATE, true, MONDAY);

		this.section.approve(MENTOR, PortfolioRole.MENTOR, 42, TUESDAY);

		assertThat(this.section.getStatus()).isEqualTo(SectionStatus.APPROVED);
		assertThat(this.section.isLocked()).isTrue();
		assertThat(this.section.getApprovedBy()).isEqualTo(MENTOR);
		assertThat(this.section.getApprovedAt()).isEqualTo(TUESDAY);
		assertThat(this.section.getApprovedRevisionId()).isEqualTo(42);
		assertThat(this.section.getReadySince()).isNull();
		assertRefused(() -> this.section.markReadyForReview(CANDIDATE, true, TUESDAY), "review.refused.approved");
	}

	@Test
	void onlyTheCandidateReopensAnApprovedSectionAndOnlyWithAReason() {
		assertRefused(() -> this.section.reopen(CANDIDATE, "New evidence", TUESDAY), "review.refused.notApproved");
		this.section.markReadyForReview(CANDIDATE, true, MONDAY);
		this.section.approve(MENTOR, PortfolioRole.MENTOR, 42, MONDAY);
		assertRefused(() -> this.section.reopen(MENTOR, "I changed my mind", TUESDAY), "review.refused.candidateOnly");
		assertRefused(() -> this.section.reopen(CANDIDATE, " ", TUESDAY), "review.refused.reasonRequired");
		assertRefused(() -> this.section.reopen(CANDIDATE, "x".repeat(1001), TUESDAY), "review.refused.reasonTooLong");

		this.section.reopen(CANDIDATE, "  New evidence from the summer  ", TUESDAY);

		assertThat(this.section.getStatus()).isEqualTo(SectionStatus.DRAFT);
		assertThat(this.section.isLocked()).isFalse();
		assertThat(this.section.getReopenReason()).isEqualTo("New evidence from the summer");
		assertThat(this.section.getReopenedAt()).isEqualTo(TUESDAY);
		assertThat(this.section.getApprovedRevisionId()).as("the approved text stays kept").isEqualTo(42);
	}

	private static void assertRefused(Runnable step, String messageKey) {
		assertThatThrownBy(step::run).isInstanceOf(SectionReviewRefusedException.class).hasMessage(messageKey);
	}

}
