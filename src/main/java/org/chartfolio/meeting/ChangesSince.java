package org.chartfolio.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.TextChanges;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed in a portfolio since a moment, usually the last logged meeting: written
 * sections (with a word difference between their text then and now), evidence added or
 * changed, and goals added, done or changed. It needs the same number of queries however
 * much changed.
 */
@Service
@RequiredArgsConstructor
public class ChangesSince {

	private final PortfolioService portfolios;

	private final TextChanges writing;

	private final EvidenceReading evidence;

	private final PlanService plan;

	private final Meetings meetings;

	private final Clock clock;

	/** A written section whose text changed, with the difference. */
	public record SectionChange(SectionView section, TextChanges.TextChange text) {
	}

	/**
	 * What changed after {@code since}. {@code lastMeetingOn} is the meeting it counts
	 * from, or null when it counts from the portfolio's start (or from a moment a caller
	 * chose).
	 */
	public record Changes(Instant since, LocalDate lastMeetingOn, List<SectionChange> sections,
			List<EvidenceReading.EvidenceChange> evidence, List<PlanService.GoalChange> goals) {

		public boolean isEmpty() {
			return this.sections.isEmpty() && this.evidence.isEmpty() && this.goals.isEmpty();
		}

		public int count() {
			return this.sections.size() + this.evidence.size() + this.goals.size();
		}

	}

	/** What changed after the given moment, for somebody who may read the portfolio. */
	@Transactional(readOnly = true)
	public Changes since(SignedInUser user, long portfolioId, Instant since) {
		return changes(user, this.portfolios.view(user, portfolioId), since, null);
	}

	/**
	 * What changed since the day of the last logged meeting began, or, with no meeting
	 * logged, since the portfolio was started. A meeting has a date but no time, so
	 * changes made earlier on the day of the meeting count as changed since it: better
	 * shown twice than missed.
	 */
	@Transactional(readOnly = true)
	public Changes sinceLastMeeting(SignedInUser user, long portfolioId) {
		PortfolioView portfolio = this.portfolios.view(user, portfolioId);
		LocalDate lastMeetingOn = this.meetings.findLive(portfolio.id())
			.stream()
			.findFirst()
			.map(Meeting::getHeldOn)
			.orElse(null);
		Instant since = (lastMeetingOn != null) ? lastMeetingOn.atStartOfDay(this.clock.getZone()).toInstant()
				: Instant.EPOCH;
		return changes(user, portfolio, since, lastMeetingOn);
	}

	private Changes changes(SignedInUser user, PortfolioView portfolio, Instant since, LocalDate lastMeetingOn) {
		Map<Long, SectionView> sections = portfolio.sections()
			.stream()
			.collect(Collectors.toMap(SectionView::id, Function.identity()));
		List<SectionChange> texts = this.writing.changesSince(user, portfolio.id(), since)
			.stream()
			.filter((change) -> sections.containsKey(change.sectionId()))
			.map((change) -> new SectionChange(sections.get(change.sectionId()), change))
			.toList();
		return new Changes(since, lastMeetingOn, texts, this.evidence.changesSince(user, portfolio.id(), since),
				this.plan.changesSince(user, portfolio.id(), since));
	}

}
