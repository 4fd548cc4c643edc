package org.chartfolio.review;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionLockedException;
import org.chartfolio.portfolio.SectionReviewRefusedException;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.StaleEditException;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@RecordApplicationEvents
class ReviewServiceTests {

	private static final String APPROVED_TEXT = "I ran the summer reading challenge [E1].\n\nIt doubled the number of children who finished.";

	@Autowired
	private ReviewService review;

	@Autowired
	private WritingService writing;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ApplicationEvents events;

	private SignedInUser candidate;

	private SignedInUser mentor;

	private SignedInUser manager;

	private SignedInUser stranger;

	private long portfolio;

	private long section;

	@BeforeEach
	void portfolioWithMentorAndLineManager() {
		Portfolio p = this.scene.candidate("Ada Candidate")
			.mentor("Mo Mentor")
			.lineManager("Lin Manager")
			.portfolio("certification");
		this.candidate = p.candidate();
		this.mentor = p.mentor();
		this.manager = p.lineManager();
		this.stranger = this.scene.person("Stranger");
		this.portfolio = p.id();
		this.section = p.section(0).id();
		this.writing.save(this.candidate, this.portfolio, this.section, APPROVED_TEXT, 0, false);
	}

	@Test
	void theWholeReviewIsPublishedAsEventsWithTheWordsThatGoWithThem() {
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());
		this.review.requestChanges(this.mentor, this.portfolio, this.section, version(), "Say what you learned.");
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());
		this.review.approve(this.mentor, this.portfolio, this.section, version());
		this.review.reopen(this.candidate, this.portfolio, this.section, version(), " New evidence ");
		this.review.comment(this.mentor, this.portfolio, this.section, "Good start.", 2);

		assertThat(this.events.stream(SectionReviewEvent.class))
			.extracting(SectionReviewEvent::kind, SectionReviewEvent::actorName, SectionReviewEvent::text,
					SectionReviewEvent::sectionTitle, SectionReviewEvent::portfolioId, SectionReviewEvent::sectionId)
			.containsExactly(
					tuple(SectionReviewEvent.Kind.READY_FOR_REVIEW, "Ada Candidate", "",
							"Criterion 1: Personal performance", this.portfolio, this.section),
					tuple(SectionReviewEvent.Kind.CHANGES_REQUESTED, "Mo Mentor", "Say what you learned.",
							"Criterion 1: Personal performance", this.portfolio, this.section),
					tuple(SectionReviewEvent.Kind.READY_FOR_REVIEW, "Ada Candidate", "",
							"Criterion 1: Personal performance", this.portfolio, this.section),
					tuple(SectionReviewEvent.Kind.APPROVED, "Mo Mentor", "", "Criterion 1: Personal performance",
							this.portfolio, this.section),
					tuple(SectionReviewEvent.Kind.REOPENED, "Ada Candidate", "New evidence",
							"Criterion 1: Personal performance", this.portfolio, this.section),
					tuple(SectionReviewEvent.Kind.COMMENTED, "Mo Mentor", "Good start.",
							"Criterion 1: Personal performance", this.portfolio, this.section));
	}

	@Test
	void anApprovedSectionRefusesEveryChangeToItsTextUntilTheCandidateReopensIt() {
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());
		this.review.approve(this.mentor, this.portfolio, this.section, version());
		long textVersion = this.writing.editor(this.candidate, this.portfolio, this.section).version();

		assertThatThrownBy(
				() -> this.writing.save(this.candidate, this.portfolio, this.section, "Changed", textVersion, false))
			.isInstanceOf(SectionLockedException.class);
		assertThatThrownBy(
				() -> this.writing.save(this.candidate, this.portfolio, this.section, "Changed", textVersion, true))
			.isInstanceOf(SectionLockedException.class);
		assertThatThrownBy(() -> this.writing.clear(this.candidate, this.portfolio, this.section))
			.isInstanceOf(SectionLockedException.class);
		assertThatThrownBy(() -> this.writing.restore(this.candidate, this.portfolio, this.section, 1))
			.isInstanceOf(SectionLockedException.class);
		assertThatThrownBy(() -> this.writing.annotate(this.candidate, this.portfolio, this.section, 1, "note"))
			.isInstanceOf(SectionLockedException.class);

		this.review.reopen(this.candidate, this.portfolio, this.section, version(), "New evidence");
		this.writing.save(this.candidate, this.portfolio, this.section,
				APPROVED_TEXT + "\n\nIt also brought in new readers.", textVersion, false);

		WritingService.SectionPage page = this.writing.page(this.mentor, this.portfolio, this.section);
		assertThat(page.sinceApproval().changed()).isTrue();
		assertThat(page.sinceApproval().segments()).hasSizeGreaterThan(1);
		assertThat(this.writing.revisions(this.candidate, this.portfolio, this.section).rows())
			.extracting(WritingService.RevisionRow::reasonKey)
			.contains("writing.revision.reason.approved");
	}

	@Test
	void writingIsNotFrozenWhileASectionWaitsForReviewOrForChanges() {
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());
		long textVersion = this.writing.editor(this.candidate, this.portfolio, this.section).version();
		assertThat(this.writing.save(this.candidate, this.portfolio, this.section, "While waiting", textVersion, false))
			.isInstanceOf(WritingService.Saved.class);
		this.review.requestChanges(this.mentor, this.portfolio, this.section, version(), "More reflection");
		assertThat(this.writing.save(this.candidate, this.portfolio, this.section, "Revised", textVersion + 1, false))
			.isInstanceOf(WritingService.Saved.class);
	}

	@Test
	void eachStepIsForItsRoleAndEveryoneElseFindsNothing() {
		// Candidate's steps: the mentor is refused, the line manager and a stranger find
		// nothing.
		assertThatThrownBy(() -> this.review.markReadyForReview(this.mentor, this.portfolio, this.section, version()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.review.markReadyForReview(this.manager, this.portfolio, this.section, version()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.review.markReadyForReview(this.stranger, this.portfolio, this.section, version()))
			.isInstanceOf(PortfolioNotFoundException.class);
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());

		// Mentor's decisions: the candidate is refused; line manager and stranger find
		// nothing.
		assertThatThrownBy(() -> this.review.approve(this.candidate, this.portfolio, this.section, version()))
			.isInstanceOf(SectionReviewRefusedException.class)
			.hasMessage("review.refused.mentorOnly");
		assertThatThrownBy(
				() -> this.review.requestChanges(this.candidate, this.portfolio, this.section, version(), "x"))
			.isInstanceOf(SectionReviewRefusedException.class);
		for (SignedInUser outsider : List.of(this.manager, this.stranger)) {
			assertThatThrownBy(() -> this.review.approve(outsider, this.portfolio, this.section, version()))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.review.requestChanges(outsider, this.portfolio, this.section, version(), "x"))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.review.comment(outsider, this.portfolio, this.section, "Hello", null))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.review.page(outsider, this.portfolio, this.section))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.review.unresolved(outsider, this.portfolio))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.review.unresolvedThreads(outsider, this.portfolio))
				.isInstanceOf(PortfolioNotFoundException.class);
		}
		assertThat(this.review.waitingForReview(this.manager)).isEmpty();
		assertThat(this.review.waitingForReview(this.stranger)).isEmpty();

		this.review.approve(this.mentor, this.portfolio, this.section, version());
		assertThatThrownBy(() -> this.review.reopen(this.mentor, this.portfolio, this.section, version(), "Because"))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(status()).isEqualTo(SectionStatus.APPROVED);
	}

	@Test
	void aStalePageCannotDecideAndWithoutAMentorNothingCanBeMarkedReady() {
		long seen = version();
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, seen);
		assertThatThrownBy(() -> this.review.approve(this.mentor, this.portfolio, this.section, seen))
			.isInstanceOf(StaleEditException.class);

		SignedInUser alone = this.scene.person("Alone");
		long own = this.scene.portfolio(alone, "chartership");
		SectionView first = this.portfolios.view(alone, own).sections().get(0);
		assertThatThrownBy(() -> this.review.markReadyForReview(alone, own, first.id(), first.version()))
			.isInstanceOf(SectionReviewRefusedException.class)
			.hasMessage("review.refused.noMentor");
		assertThat(this.review.page(alone, own, first.id()).state().hasActiveMentor()).isFalse();
	}

	@Test
	void threadsQuoteAParagraphThatSurvivesEditsAndUnresolvedOnesComeFirst() {
		long general = this.review.comment(this.candidate, this.portfolio, this.section, "Is this evaluative?", null);
		long quoted = this.review.comment(this.mentor, this.portfolio, this.section, "By how many?", 2);
		this.review.reply(this.candidate, this.portfolio, this.section, quoted, "From 200 to 410.");
		long textVersion = this.writing.editor(this.candidate, this.portfolio, this.section).version();
		this.writing.save(this.candidate, this.portfolio, this.section, "Rewritten from scratch.", textVersion, false);
		this.review.resolve(this.mentor, this.portfolio, this.section, general, 0);

		List<ReviewService.ThreadView> threads = this.review.page(this.candidate, this.portfolio, this.section)
			.threads();

		assertThat(threads).extracting(ReviewService.ThreadView::id).containsExactly(quoted, general);
		ReviewService.ThreadView first = threads.get(0);
		assertThat(first.quotedParagraph()).isEqualTo(2);
		assertThat(first.quotedText()).isEqualTo("It doubled the number of children who finished.");
		assertThat(first.comments())
			.extracting(ReviewService.CommentView::authorName, ReviewService.CommentView::byCandidate,
					ReviewService.CommentView::body)
			.containsExactly(tuple("Mo Mentor", false, "By how many?"),
					tuple("Ada Candidate", true, "From 200 to 410."));
		assertThat(threads.get(1).resolved()).isTrue();
		assertThat(threads.get(1).resolvedByName()).isEqualTo("Mo Mentor");

		assertThatThrownBy(() -> this.review.comment(this.mentor, this.portfolio, this.section, "Hm", 9))
			.isInstanceOf(FieldProblem.class);
		assertThatThrownBy(() -> this.review.comment(this.mentor, this.portfolio, this.section, "  ", null))
			.isInstanceOf(FieldProblem.class);
		assertThatThrownBy(() -> this.review.resolve(this.candidate, this.portfolio, this.section, general, 1))
			.isInstanceOf(Refusal.class);
		this.review.reopenThread(this.candidate, this.portfolio, this.section, general, 1);
		assertThat(this.review.unresolved(this.mentor, this.portfolio).of(this.section)).isEqualTo(2);
	}

	@Test
	void theReadApiGivesTheMentorsQueueOldestFirstAndTheOpenThreads() {
		Portfolio theirs = this.scene.candidate("Bea Candidate").mentor(this.mentor).portfolio("chartership");
		SignedInUser other = theirs.candidate();
		long second = theirs.id();
		SectionView otherSection = theirs.section(1);
		this.review.markReadyForReview(other, second, otherSection.id(), otherSection.version());
		this.clock.advance(java.time.Duration.ofHours(1));
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());
		this.review.comment(this.mentor, this.portfolio, this.section, "Open question", null);
		long settled = this.review.comment(this.mentor, this.portfolio, this.section, "Settled", null);
		this.review.resolve(this.candidate, this.portfolio, this.section, settled, 0);

		assertThat(this.review.waitingForReview(this.mentor))
			.extracting(SectionWorkflow.WaitingSection::portfolioId, SectionWorkflow.WaitingSection::candidateName,
					SectionWorkflow.WaitingSection::sectionId, SectionWorkflow.WaitingSection::title)
			.containsExactly(tuple(second, "Bea Candidate", otherSection.id(), "Organisational context"),
					tuple(this.portfolio, "Ada Candidate", this.section, "Personal performance"));
		assertThat(this.review.waitingForReview(this.candidate)).isEmpty();

		ReviewService.UnresolvedCounts counts = this.review.unresolved(this.candidate, this.portfolio);
		assertThat(counts.total()).isEqualTo(1);
		assertThat(counts.of(this.section)).isEqualTo(1);
		assertThat(this.review.unresolvedByPortfolio(this.mentor)).containsEntry(this.portfolio, 1L)
			.doesNotContainKey(second);
		assertThat(this.review.unresolvedByPortfolio(this.manager)).isEmpty();
		assertThat(this.review.unresolvedThreads(this.mentor, this.portfolio)).singleElement().satisfies((group) -> {
			assertThat(group.section().id()).isEqualTo(this.section);
			assertThat(group.threads()).singleElement()
				.satisfies((thread) -> assertThat(thread.comments().get(0).body()).isEqualTo("Open question"));
		});
	}

	private long version() {
		return this.portfolios.section(this.candidate, this.portfolio, this.section).version();
	}

	private SectionStatus status() {
		return this.portfolios.section(this.candidate, this.portfolio, this.section).status();
	}

}
