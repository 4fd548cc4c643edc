package org.chartfolio.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.Scene;

/**
 * What a supporter's home page is about: Nia Evans's chartership portfolio, with Grace
 * Mentor and Owen Manager on it, a statement waiting for the mentor's review, one open
 * comment on it and a next meeting agreed twelve days on.
 */
@Scene
class SupporterHomeScene {

	private final PortfolioScene scene;

	private final ReviewService review;

	private final MeetingService meetings;

	private final Clock clock;

	SupporterHomeScene(PortfolioScene scene, ReviewService review, MeetingService meetings, Clock clock) {
		this.scene = scene;
		this.review = review;
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * The portfolio, its statement waiting for review and the day of the next meeting.
	 */
	record Supported(Portfolio portfolio, SectionView statement, LocalDate nextMeeting) {

		SignedInUser candidate() {
			return this.portfolio.candidate();
		}

		SignedInUser mentor() {
			return this.portfolio.mentor();
		}

		SignedInUser manager() {
			return this.portfolio.lineManager();
		}

		long portfolioId() {
			return this.portfolio.id();
		}

	}

	Supported waitingForReview() {
		Portfolio p = this.scene.candidate("Nia Evans")
			.mentor("Grace Mentor")
			.lineManager("Owen Manager")
			.portfolio("chartership");
		SectionView statement = p.section(0);
		this.scene.write(p, statement.id(), "I ran the reading group for a year.");
		this.review.comment(p.mentor(), p.id(), statement.id(), "What did the readers say about it?", null);
		long version = this.scene.section(p, statement.id()).version();
		this.review.markReadyForReview(p.candidate(), p.id(), statement.id(), version);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate next = today.plusDays(12);
		this.meetings.logMeeting(p.mentor(), p.id(), new MeetingService.NewMeeting(today, MeetingMode.VIDEO, "", next,
				List.of("Draft criterion 2"), Set.of()));
		return new Supported(p, statement, next);
	}

}
