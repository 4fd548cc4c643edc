package org.chartfolio.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.directory.DirectoryService;
import org.chartfolio.directory.Region;
import org.chartfolio.directory.Sector;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.PksbView;
import org.chartfolio.pksb.SnapshotKind;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionSharing;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.review.ReviewService;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people around the demo portfolio and what they have done with it, each step through
 * the public service a person's own page would call, so that every rule (who may, in
 * which state) is checked as it would be for them. Each step is one transaction: one that
 * is refused leaves nothing half done.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoMentoring {

	/** The candidate, her mentor and her line manager, and the portfolio they share. */
	record Cast(SignedInUser candidate, SignedInUser mentor, SignedInUser lineManager, long portfolioId) {
	}

	/** What a demo mentor says about themselves in the directory. */
	record Listing(Region region, Sector sector, int capacity, String introduction) {
	}

	private final PortfolioService portfolios;

	private final PortfolioMemberships memberships;

	private final ReviewService review;

	private final MeetingService meetings;

	private final SectionSharing sharing;

	private final PksbService pksb;

	private final DirectoryService directory;

	private final Clock clock;

	/**
	 * Ruth becomes the mentor and Tom the line manager, as accepting their invitations
	 * would make them.
	 */
	@Transactional
	void join(Cast cast) {
		this.memberships.join(cast.portfolioId(), cast.mentor(), PortfolioRole.MENTOR);
		this.memberships.join(cast.portfolioId(), cast.lineManager(), PortfolioRole.LINE_MANAGER);
	}

	/**
	 * Criterion 1 approved after a discussion of its first paragraph (resolved);
	 * criterion 3 has a suggested rewording of words in its first paragraph waiting, and
	 * is sent back with changes requested; criterion 2 commented on and then marked
	 * ready, so it waits in Ruth's queue.
	 */
	@Transactional
	void review(Cast cast) {
		List<SectionView> statements = statements(cast);
		SignedInUser lisa = cast.candidate();
		SignedInUser ruth = cast.mentor();
		long portfolioId = cast.portfolioId();
		long first = statements.get(0).id();
		long second = statements.get(1).id();
		long third = statements.get(2).id();

		markReady(lisa, portfolioId, first);
		long thread = this.review.comment(ruth, portfolioId, first,
				"Good use of the sign-up figures. Could you say what the second version of the display would ask "
						+ "readers to do?",
				1);
		this.review.reply(lisa, portfolioId, first, thread,
				"I have added a sentence: the second version asks children to pick a book for a friend.");
		this.review.resolve(lisa, portfolioId, first, thread, threadVersion(lisa, portfolioId, first, thread));
		this.review.approve(ruth, portfolioId, first, version(ruth, portfolioId, first));

		markReady(lisa, portfolioId, third);
		this.review.requestChanges(ruth, portfolioId, third, version(ruth, portfolioId, third),
				"The last paragraph is still a note to yourself. Reflect on what you would bring back from the "
						+ "university library to your branch: what, so what, now what.");
		// A thread on the words of criterion 3's first paragraph, with a rewording
		// waiting for Lisa.
		this.review.comment(ruth, portfolioId, third,
				"This undersells the committee work: say what it showed you, not only where it took you.", 1,
				"took me out of my own library", "showed me how libraries outside public libraries work");

		this.review.comment(ruth, portfolioId, second,
				"Assessors may come from another sector: say in one line what a branch library is and who it serves.",
				1);
		markReady(lisa, portfolioId, second);
	}

	/**
	 * Two meetings: the first agreed three actions, the second ticked off two of them
	 * (the third is carried over) and agreed two more; the next meeting is in twelve
	 * days.
	 */
	@Transactional
	void meetings(Cast cast) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = lastMeetingOn(today);
		MeetingService.LoggedMeeting first = this.meetings
			.logMeeting(cast.mentor(), cast.portfolioId(),
					new MeetingService.NewMeeting(today.minusWeeks(6), MeetingMode.IN_PERSON,
							"First meeting at the central library. We went through the Certification criteria and the "
									+ "evidence Lisa has gathered so far, and agreed to meet every four weeks.",
							today.minusWeeks(2),
							List.of("Draft the statement for criterion 1",
									"Ask Tom to confirm the weekend rota figures", "Find a special library to visit"),
							Set.of()));
		this.meetings.logMeeting(cast.candidate(), cast.portfolioId(),
				new MeetingService.NewMeeting(last, MeetingMode.VIDEO,
						"Ruth read the draft of criterion 1 and liked the figures. Criterion 3 needs more reflection.",
						today.plusDays(12),
						List.of("Mark criterion 2 ready for review", "Rewrite the end of criterion 3 as reflection"),
						Set.of(first.actionIds().get(0), first.actionIds().get(1))));
	}

	/**
	 * The day of the last meeting logged, which the first drafts of the statements come a
	 * few days before.
	 */
	static LocalDate lastMeetingOn(LocalDate today) {
		return today.minusWeeks(2);
	}

	/**
	 * Criterion 2, about Lisa's branch and its organisation, is shared with her line
	 * manager.
	 */
	@Transactional
	void share(Cast cast) {
		this.sharing.setShared(cast.candidate(), cast.portfolioId(), statements(cast).get(1).id(), true);
	}

	/**
	 * Four areas rated, the initial snapshot taken, and the widest gap turned into a
	 * goal.
	 */
	@Transactional
	void pksb(Cast cast) {
		SignedInUser lisa = cast.candidate();
		long portfolioId = cast.portfolioId();
		rate(lisa, portfolioId, "Customer focus, service design and marketing", 2, 3,
				"The summer reading display and the posters; next, a survey of what readers want.");
		rate(lisa, portfolioId, "Literacies and learning", 1, 3, "Running the code club on my own.");
		rate(lisa, portfolioId, "IT and communication", 2, 3, "Helping readers with online banking.");
		long widest = rate(lisa, portfolioId, "Wider library, information and knowledge sector context", 1, 3,
				"I know public libraries only; the committee and a visit to a special library will widen that.");
		this.pksb.snapshot(lisa, portfolioId, SnapshotKind.INITIAL);
		this.pksb.gapToGoal(lisa, portfolioId, widest);
	}

	/** Lists a demo mentor in the mentor directory. */
	@Transactional
	void list(SignedInUser mentor, Listing listing) {
		this.directory.saveListing(mentor, new DirectoryService.ListingDetails(listing.region(), listing.sector(),
				listing.capacity(), listing.introduction()), 0);
	}

	private List<SectionView> statements(Cast cast) {
		List<SectionView> statements = this.portfolios.view(cast.candidate(), cast.portfolioId())
			.sections()
			.stream()
			.filter(SectionView::isStatement)
			.toList();
		if (statements.size() < 3) {
			throw new IllegalStateException("the demo portfolio has " + statements.size() + " statements, not three");
		}
		return statements;
	}

	private void markReady(SignedInUser candidate, long portfolioId, long sectionId) {
		this.review.markReadyForReview(candidate, portfolioId, sectionId, version(candidate, portfolioId, sectionId));
	}

	private long version(SignedInUser user, long portfolioId, long sectionId) {
		return this.portfolios.section(user, portfolioId, sectionId).version();
	}

	private long threadVersion(SignedInUser user, long portfolioId, long sectionId, long threadId) {
		return this.review.page(user, portfolioId, sectionId)
			.threads()
			.stream()
			.filter((thread) -> thread.id() == threadId)
			.findFirst()
			.orElseThrow()
			.version();
	}

	private long rate(SignedInUser candidate, long portfolioId, String area, int now, int target, String comment) {
		PksbView.Choice choice = this.pksb.assessment(candidate, portfolioId)
			.choices()
			.stream()
			.filter((c) -> c.label().equals(area))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the PKSB framework has no area \"" + area + "\""));
		long ratingId = this.pksb.choose(candidate, portfolioId, choice.key());
		long version = this.pksb.rating(candidate, portfolioId, ratingId).version();
		this.pksb.rate(candidate, portfolioId, ratingId, new PksbService.RatingEdit(now, target, comment, version));
		return ratingId;
	}

}
