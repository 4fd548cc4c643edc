package org.chartfolio.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.system.Bin;
import org.chartfolio.system.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development plan of a portfolio: its goals, checked against who may read or write
 * them.
 */
@Service
@RequiredArgsConstructor
public class PlanService {

	/** How long a deleted goal stays in the bin, restorable. */

	private static final Comparator<GoalView> PLAN_ORDER = Comparator
		.comparing((GoalView goal) -> !goal.status().isOpen())
		.thenComparing((GoalView goal) -> goal.status() == GoalStatus.DROPPED)
		.thenComparing(GoalView::targetDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(GoalView::id);

	private final Goals goals;

	private final PortfolioAccess access;

	private final EvidenceReading evidence;

	private final Clock clock;

	/** The candidate's edit of a goal; {@code version} is null for a new goal. */
	public record GoalEdit(String title, String reason, String actions, LocalDate targetDate, GoalStatus status,
			String outcome, Set<Long> evidenceIds, Long version) {
	}

	/** Open goals first (soonest target first), then done, then dropped ones. */
	@Transactional(readOnly = true)
	public List<GoalView> goals(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		Map<Long, EvidenceSummary> items = evidenceById(user, portfolio.id());
		LocalDate today = LocalDate.now(this.clock);
		return this.goals.findLive(portfolio.id())
			.stream()
			.map((goal) -> view(goal, items, today))
			.sorted(PLAN_ORDER)
			.toList();
	}

	/** An open goal as a summary lists it: no words beyond its title. */
	public record OpenGoal(long id, String title, LocalDate targetDate, boolean overdue) {
	}

	/**
	 * The first open goals in the plan's order (soonest target first), at most
	 * {@code limit}, in one query.
	 */
	@Transactional(readOnly = true)
	public List<OpenGoal> openGoals(SignedInUser user, long portfolioId, int limit) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		LocalDate today = LocalDate.now(this.clock);
		return this.goals.findOpen(portfolio.id(), org.springframework.data.domain.Limit.of(limit))
			.stream()
			.map((goal) -> new OpenGoal(goal.getId(), goal.getTitle(), goal.getTargetDate(), goal.isOverdue(today)))
			.toList();
	}

	/**
	 * A goal as the progress page shows it: its title, target date and status, never its
	 * reasons or outcome.
	 */
	public record GoalGlance(long id, String title, LocalDate targetDate, GoalStatus status, boolean overdue) {
	}

	/**
	 * Every live goal in the plan's order (open goals first, soonest target first), for
	 * anybody who sees the portfolio's progress, the line manager included, in one query.
	 */
	@Transactional(readOnly = true)
	public List<GoalGlance> glance(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.progressVisible(user, portfolioId);
		LocalDate today = LocalDate.now(this.clock);
		Comparator<Goal> order = Comparator.comparing((Goal goal) -> goal.getStatus().ordinal())
			.thenComparing(Goal::getTargetDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Goal::getTitle, String.CASE_INSENSITIVE_ORDER);
		return this.goals.findLive(portfolio.id())
			.stream()
			.sorted(order)
			.map((goal) -> new GoalGlance(goal.getId(), goal.getTitle(), goal.getTargetDate(), goal.getStatus(),
					goal.isOverdue(today)))
			.toList();
	}

	@Transactional(readOnly = true)
	public GoalView goal(SignedInUser user, long portfolioId, long goalId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		Goal goal = live(portfolio.id(), goalId);
		return view(goal, evidenceById(user, portfolio.id()), LocalDate.now(this.clock));
	}

	/** A goal added, marked done or otherwise changed after some moment. */
	public record GoalChange(long id, String title, GoalStatus status, Kind kind, Instant changedAt) {

		public enum Kind {

			ADDED, DONE, CHANGED

		}

	}

	/**
	 * The live goals changed after {@code since}, most recent first, in one query. A goal
	 * that did not exist then is added; one completed on or after that day is done; any
	 * other is changed.
	 */
	@Transactional(readOnly = true)
	public List<GoalChange> changesSince(SignedInUser user, long portfolioId, Instant since) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		LocalDate sinceDay = LocalDate.ofInstant(since, this.clock.getZone());
		return this.goals.findLiveChangedSince(portfolio.id(), since).stream().map((goal) -> {
			GoalChange.Kind kind = GoalChange.Kind.CHANGED;
			if (goal.getCreatedAt().isAfter(since)) {
				kind = GoalChange.Kind.ADDED;
			}
			else if (goal.getStatus() == GoalStatus.DONE && goal.getCompletedOn() != null
					&& !goal.getCompletedOn().isBefore(sinceDay)) {
				kind = GoalChange.Kind.DONE;
			}
			return new GoalChange(goal.getId(), goal.getTitle(), goal.getStatus(), kind, goal.getUpdatedAt());
		}).toList();
	}

	@Transactional(readOnly = true)
	public PlanProgress progress(SignedInUser user, long portfolioId) {
		return PlanProgress.of(goals(user, portfolioId));
	}

	/**
	 * The goals' counts for anybody who sees the portfolio's progress, the line manager
	 * included, in one query. A done goal counts as evidenced when it names any item,
	 * even one now in the bin.
	 */
	@Transactional(readOnly = true)
	public PlanFigures figures(SignedInUser user, long portfolioId) {
		return figures(user, List.of(portfolioId)).get(portfolioId);
	}

	/**
	 * {@link #figures(SignedInUser, long)} of several portfolios, keyed by id in the
	 * order given, in one query for all of them.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlanFigures> figures(SignedInUser user, Collection<Long> portfolioIds) {
		Set<Long> visible = this.access.progressVisible(user, portfolioIds).keySet();
		if (visible.isEmpty()) {
			return Map.of();
		}
		Map<Long, Goals.Counts> counts = this.goals.countsIn(visible, LocalDate.now(this.clock))
			.stream()
			.collect(Collectors.toMap(Goals.PortfolioCounts::portfolioId, Goals.PortfolioCounts::counts));
		Map<Long, PlanFigures> figures = new LinkedHashMap<>();
		visible.forEach((portfolioId) -> figures.put(portfolioId,
				figures(counts.getOrDefault(portfolioId, new Goals.Counts(0, 0, 0, 0, 0, null)))));
		return figures;
	}

	private static PlanFigures figures(Goals.Counts counts) {
		return new PlanFigures(new PlanProgress((int) counts.counted(), (int) counts.done(), (int) counts.overdue(),
				(int) counts.unevidenced()), (int) counts.due(), counts.lastChanged());
	}

	@Transactional
	public long add(SignedInUser user, long portfolioId, GoalEdit edit) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Goal goal = new Goal(portfolio.id(), this.clock.instant());
		apply(user, portfolio, goal, edit);
		return this.goals.save(goal).getId();
	}

	@Transactional
	public void update(SignedInUser user, long portfolioId, long goalId, GoalEdit edit) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Goal goal = live(portfolio.id(), goalId);
		goal.requireVersion(edit.version());
		apply(user, portfolio, goal, edit);
	}

	@Transactional
	public void moveToBin(SignedInUser user, long portfolioId, long goalId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		live(portfolio.id(), goalId).moveToBin(this.clock.instant());
	}

	@Transactional
	public void restore(SignedInUser user, long portfolioId, long goalId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Goal goal = this.goals.findInPortfolio(portfolio.id(), goalId)
			.filter((candidate) -> candidate.getDeletedAt() != null && isRestorable(candidate))
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		goal.restore(this.clock.instant());
	}

	/** Goals deleted within {@link Bin#KEEPS}, newest first. */
	@Transactional(readOnly = true)
	public List<BinnedGoal> binned(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		return this.goals.findBinned(portfolio.id())
			.stream()
			.filter(this::isRestorable)
			.map((goal) -> new BinnedGoal(goal.getId(), goal.getTitle(), goal.getDeletedAt().plus(Bin.KEEPS)))
			.toList();
	}

	/** A goal in the bin, and the last day on which it can be restored. */
	public record BinnedGoal(long id, String title, java.time.Instant restorableUntil) {
	}

	private boolean isRestorable(Goal goal) {
		return goal.getDeletedAt().plus(Bin.KEEPS).isAfter(this.clock.instant());
	}

	private void apply(SignedInUser user, PortfolioRef portfolio, Goal goal, GoalEdit edit) {
		Set<Long> chosen = (edit.evidenceIds() != null) ? edit.evidenceIds() : Set.of();
		Set<Long> known = evidenceById(user, portfolio.id()).keySet();
		if (!known.containsAll(chosen)) {
			throw new FieldProblem("evidenceIds", "goal.evidence.unknown");
		}
		goal.update(edit, LocalDate.now(this.clock), this.clock.instant());
	}

	private Goal live(long portfolioId, long goalId) {
		return this.goals.findInPortfolio(portfolioId, goalId)
			.filter((goal) -> goal.getDeletedAt() == null)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private Map<Long, EvidenceSummary> evidenceById(SignedInUser user, long portfolioId) {
		return this.evidence.list(user, portfolioId)
			.stream()
			.collect(Collectors.toMap(EvidenceSummary::id, Function.identity()));
	}

	private static GoalView view(Goal goal, Map<Long, EvidenceSummary> items, LocalDate today) {
		List<EvidenceSummary> linked = goal.getEvidenceIds()
			.stream()
			.map(items::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingInt(EvidenceSummary::number))
			.toList();
		return new GoalView(goal.getId(), goal.getPortfolioId(), goal.getTitle(), goal.getReason(), goal.getActions(),
				goal.getTargetDate(), goal.getStatus(), goal.getOutcome(), goal.getCompletedOn(), linked,
				goal.isOverdue(today), goal.getVersion());
	}

}
