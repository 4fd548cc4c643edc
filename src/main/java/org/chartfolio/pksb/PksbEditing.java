package org.chartfolio.pksb;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a portfolio's self-assessment: the items chosen and their ratings, the
 * end reflections, the snapshots, and gaps turned into goals. Each checks through
 * {@link PortfolioAccess} that the person may change the portfolio, in one transaction.
 */
@Service
@RequiredArgsConstructor
class PksbEditing {

	private final PksbRatings ratings;

	private final PksbSnapshots snapshots;

	private final PksbReflections reflections;

	private final Frameworks frameworks;

	private final AssessedFramework.Reader assessed;

	private final PortfolioAccess access;

	private final PlanService plan;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * Writes the end reflection on a chosen area; refused when it changed since the form
	 * was opened.
	 */
	@Transactional
	void reflect(SignedInUser user, long portfolioId, long areaId, PksbService.ReflectionEdit edit) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		if (this.ratings.findByPortfolioId(portfolio.id()).stream().noneMatch((r) -> r.getAreaId() == areaId)) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		PksbReflection reflection = this.reflections.findByPortfolioIdAndAreaId(portfolio.id(), areaId)
			.orElseGet(() -> new PksbReflection(portfolio.id(), areaId));
		long current = (reflection.getId() != null) ? reflection.getVersion() : PksbView.Reflection.UNWRITTEN;
		if (current != edit.version()) {
			throw new StaleEditException(current);
		}
		reflection.write(edit.text(), this.clock.instant());
		try {
			this.reflections.saveAndFlush(reflection);
		}
		catch (DataIntegrityViolationException writtenMeanwhile) {
			// Another tab wrote the first reflection on this area a moment ago.
			throw new StaleEditException(0);
		}
	}

	/**
	 * Adds an area or sub-area (by its key from the page's list) to those the candidate
	 * assesses.
	 */
	@Transactional
	long choose(SignedInUser user, long portfolioId, String key) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		AssessedFramework framework = this.assessed.forPortfolio(portfolio.id());
		PksbView.Choice choice = framework.choices()
			.stream()
			.filter((c) -> c.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new FieldProblem("item", "pksb.choose.unknown"));
		long areaId;
		Long subAreaId = null;
		if (choice.key().startsWith("s")) {
			PksbSubArea subArea = framework.subAreasById().get(Long.parseLong(choice.key().substring(1)));
			areaId = subArea.getAreaId();
			subAreaId = subArea.getId();
		}
		else {
			areaId = Long.parseLong(choice.key().substring(1));
		}
		boolean already = this.ratings.findByPortfolioId(portfolio.id())
			.stream()
			.anyMatch((r) -> AssessedFramework.key(r).equals(key));
		if (already) {
			throw new FieldProblem("item", "pksb.choose.already");
		}
		this.frameworks.fix(portfolio.id(), framework.id());
		try {
			return this.ratings.saveAndFlush(new PksbRating(portfolio.id(), areaId, subAreaId, this.clock.instant()))
				.getId();
		}
		catch (DataIntegrityViolationException twice) {
			throw new FieldProblem("item", "pksb.choose.already");
		}
	}

	@Transactional
	void rate(SignedInUser user, long portfolioId, long ratingId, PksbService.RatingEdit edit) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		PksbRating rating = owned(portfolio, ratingId);
		rating.requireVersion(edit.version());
		rating.rate(edit, this.assessed.forPortfolio(portfolio.id()).scale(), this.clock.instant());
	}

	/**
	 * Stops assessing an item. Its snapshot values go with it; a goal made from it stays
	 * in the plan.
	 */
	@Transactional
	void remove(SignedInUser user, long portfolioId, long ratingId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		PksbRating rating = owned(portfolio, ratingId);
		this.snapshots.findByPortfolioId(portfolio.id())
			.forEach((snapshot) -> snapshot.getEntries().removeIf((e) -> e.getRatingId() == ratingId));
		this.ratings.delete(rating);
	}

	/**
	 * Takes (or takes again) the initial or final snapshot of the ratings as they stand.
	 */
	@Transactional
	void snapshot(SignedInUser user, long portfolioId, SnapshotKind kind) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		List<PksbRating> chosen = this.ratings.findByPortfolioId(portfolio.id());
		if (chosen.stream().noneMatch((r) -> r.getCurrentLevel() != null)) {
			throw new FieldProblem("snapshot", "pksb.snapshot.nothingRated");
		}
		Set<Long> reflected = this.reflections.findByPortfolioId(portfolio.id())
			.stream()
			.map(PksbReflection::getAreaId)
			.collect(Collectors.toSet());
		if (kind == SnapshotKind.FINAL && chosen.stream().anyMatch((r) -> !reflected.contains(r.getAreaId()))) {
			AssessedFramework framework = this.assessed.forPortfolio(portfolio.id());
			throw new PksbService.ReflectionsMissing(framework.reflections(chosen, List.of())
				.stream()
				.filter((r) -> !reflected.contains(r.areaId()))
				.map(PksbView.Reflection::areaName)
				.toList());
		}
		PksbSnapshot snapshot = this.snapshots.findByPortfolioIdAndKind(portfolio.id(), kind)
			.orElseGet(() -> new PksbSnapshot(portfolio.id(), kind));
		snapshot.take(chosen, reflected, this.clock.instant());
		this.snapshots.save(snapshot);
	}

	/**
	 * Turns a gap into a development-plan goal in one step: the goal is named after the
	 * item and says where the candidate stands and aims to be. Returns the goal's id.
	 */
	@Transactional
	long gapToGoal(SignedInUser user, long portfolioId, long ratingId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		PksbRating rating = owned(portfolio, ratingId);
		if (rating.getGoalId() != null) {
			throw new FieldProblem("goal", "pksb.goal.already");
		}
		if (rating.gap() == 0) {
			throw new FieldProblem("goal", "pksb.goal.noGap");
		}
		PksbView.Row row = this.assessed.forPortfolio(portfolio.id()).row(rating, Map.of(), Map.of());
		String title = truncate(this.messages.getMessage("pksb.goal.title", new Object[] { row.name() },
				LocaleContextHolder.getLocale()), 200);
		String reason = this.messages.getMessage("pksb.goal.reason",
				new Object[] { row.areaName(), row.now(), row.target() }, LocaleContextHolder.getLocale());
		if (!rating.getComment().isEmpty()) {
			reason = reason + "\n\n" + rating.getComment();
		}
		long goalId = this.plan.add(user, portfolio.id(),
				new PlanService.GoalEdit(title, reason, "", null, GoalStatus.PLANNED, "", Set.of(), null));
		rating.becameGoal(goalId, this.clock.instant());
		return goalId;
	}

	private PksbRating owned(PortfolioRef portfolio, long ratingId) {
		return this.ratings.findByIdAndPortfolioId(ratingId, portfolio.id())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolio.id()));
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
