package org.chartfolio.pksb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/** A portfolio's PKSB self-assessment, checked against who may read or change it. */
@Service
public class PksbService {

	private final PksbAreas areas;

	private final PksbSubAreas subAreas;

	private final PksbLevels levels;

	private final PksbRatings ratings;

	private final PksbSnapshots snapshots;

	private final PksbReflections reflections;

	private final Frameworks frameworks;

	private final PortfolioAccess access;

	private final PlanService plan;

	private final MessageSource messages;

	private final Clock clock;

	PksbService(PksbAreas areas, PksbSubAreas subAreas, PksbLevels levels, PksbRatings ratings, PksbSnapshots snapshots,
			PksbReflections reflections, Frameworks frameworks, PortfolioAccess access, PlanService plan,
			MessageSource messages, Clock clock) {
		this.areas = areas;
		this.subAreas = subAreas;
		this.levels = levels;
		this.ratings = ratings;
		this.snapshots = snapshots;
		this.reflections = reflections;
		this.frameworks = frameworks;
		this.access = access;
		this.plan = plan;
		this.messages = messages;
		this.clock = clock;
	}

	/** The candidate's rating of one item; {@code version} is the one their form was opened at. */
	public record RatingEdit(Integer currentLevel, Integer targetLevel, String comment, long version) {
	}

	/** The candidate's end reflection on an area; {@code version} is the one their form was opened at. */
	public record ReflectionEdit(String text, long version) {
	}

	/** Where the end of the journey stands: the snapshots taken and the chosen areas without a reflection. */
	public record Ending(Set<SnapshotKind> snapshotsTaken, List<String> areasWithoutReflection) {
	}

	/** The final snapshot refused: these chosen areas have no end reflection yet. */
	public static class ReflectionsMissing extends RuntimeException {

		private final List<String> areas;

		ReflectionsMissing(List<String> areas) {
			super("No end reflection on " + areas);
			this.areas = List.copyOf(areas);
		}

		public List<String> areas() {
			return this.areas;
		}

	}

	@Transactional(readOnly = true)
	public PksbView assessment(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		Framework framework = framework(portfolio.id());
		List<PksbRating> chosen = this.ratings.findByPortfolioId(portfolio.id());
		Map<SnapshotKind, PksbSnapshot> taken = this.snapshots.findByPortfolioId(portfolio.id())
			.stream()
			.collect(Collectors.toMap(PksbSnapshot::getKind, Function.identity()));
		Map<Long, PksbSnapshot.Entry> start = entries(taken.get(SnapshotKind.INITIAL));
		Map<Long, PksbSnapshot.Entry> end = entries(taken.get(SnapshotKind.FINAL));

		List<PksbView.Row> rows = chosen.stream()
			.map((rating) -> row(rating, framework, start, end))
			.sorted(Comparator.comparing((PksbView.Row row) -> framework.area(row).getPosition())
				.thenComparing((row) -> framework.subAreaPosition(row)))
			.toList();
		Set<String> chosenKeys = chosen.stream().map(PksbService::key).collect(Collectors.toSet());
		List<PksbView.Choice> choices = framework.choices().stream().filter((c) -> !chosenKeys.contains(c.key())).toList();
		PksbSnapshot initial = taken.get(SnapshotKind.INITIAL);
		PksbSnapshot last = taken.get(SnapshotKind.FINAL);
		return new PksbView(framework.name(), framework.scale().levels(), rows, choices,
				reflections(chosen, framework, this.reflections.findByPortfolioId(portfolio.id())),
				(initial != null) ? initial.getTakenAt() : null, (last != null) ? last.getTakenAt() : null,
				chart(rows, framework, last == null));
	}

	/** The snapshots taken and the chosen areas still without an end reflection, for the readiness check. */
	@Transactional(readOnly = true)
	public Ending ending(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		Set<SnapshotKind> taken = snapshotsTaken(user, portfolio.id());
		List<PksbRating> chosen = this.ratings.findByPortfolioId(portfolio.id());
		if (chosen.isEmpty()) {
			return new Ending(taken, List.of());
		}
		Framework framework = framework(portfolio.id());
		List<String> missing = reflections(chosen, framework, this.reflections.findByPortfolioId(portfolio.id())).stream()
			.filter((r) -> !r.written())
			.map(PksbView.Reflection::areaName)
			.toList();
		return new Ending(taken, missing);
	}

	/** The end reflection on one area the candidate chose; any other area is not found. */
	@Transactional(readOnly = true)
	public PksbView.Reflection reflection(SignedInUser user, long portfolioId, long areaId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return assessment(user, portfolio.id()).reflections()
			.stream()
			.filter((r) -> r.areaId() == areaId)
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	/** Writes the end reflection on a chosen area; refused when it changed since the form was opened. */
	@Transactional
	public void reflect(SignedInUser user, long portfolioId, long areaId, ReflectionEdit edit) {
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

	/** Whether any PKSB area has a current rating, for the candidate's first steps; one query. */
	@Transactional(readOnly = true)
	public boolean rated(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		return this.ratings.existsByPortfolioIdAndCurrentLevelIsNotNull(id);
	}

	/** Which snapshots the candidate has taken, in one query. */
	@Transactional(readOnly = true)
	public Set<SnapshotKind> snapshotsTaken(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.snapshots.findByPortfolioId(portfolio.id())
			.stream()
			.map(PksbSnapshot::getKind)
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(SnapshotKind.class)));
	}

	/** Adds an area or sub-area (by its key from the page's list) to those the candidate assesses. */
	@Transactional
	public long choose(SignedInUser user, long portfolioId, String key) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Framework framework = framework(portfolio.id());
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
		boolean already = this.ratings.findByPortfolioId(portfolio.id()).stream().anyMatch((r) -> key(r).equals(key));
		if (already) {
			throw new FieldProblem("item", "pksb.choose.already");
		}
		this.frameworks.fix(portfolio.id(), framework.id());
		try {
			return this.ratings.saveAndFlush(new PksbRating(portfolio.id(), areaId, subAreaId, this.clock.instant())).getId();
		}
		catch (DataIntegrityViolationException twice) {
			throw new FieldProblem("item", "pksb.choose.already");
		}
	}

	@Transactional(readOnly = true)
	public PksbView.Row rating(SignedInUser user, long portfolioId, long ratingId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return assessment(user, portfolio.id()).rows()
			.stream()
			.filter((row) -> row.id() == ratingId)
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	@Transactional
	public void rate(SignedInUser user, long portfolioId, long ratingId, RatingEdit edit) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		PksbRating rating = owned(portfolio, ratingId);
		if (rating.getVersion() != edit.version()) {
			throw new StaleEditException(rating.getVersion());
		}
		rating.rate(edit.currentLevel(), edit.targetLevel(), edit.comment(), framework(portfolio.id()).scale(),
				this.clock.instant());
	}

	/** Stops assessing an item. Its snapshot values go with it; a goal made from it stays in the plan. */
	@Transactional
	public void remove(SignedInUser user, long portfolioId, long ratingId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		PksbRating rating = owned(portfolio, ratingId);
		this.snapshots.findByPortfolioId(portfolio.id())
			.forEach((snapshot) -> snapshot.getEntries().removeIf((e) -> e.getRatingId() == ratingId));
		this.ratings.delete(rating);
	}

	/** Takes (or takes again) the initial or final snapshot of the ratings as they stand. */
	@Transactional
	public void snapshot(SignedInUser user, long portfolioId, SnapshotKind kind) {
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
			Framework framework = framework(portfolio.id());
			throw new ReflectionsMissing(reflections(chosen, framework, List.of()).stream()
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
	 * Turns a gap into a development-plan goal in one step: the goal is named after the item and says
	 * where the candidate stands and aims to be. Returns the goal's id.
	 */
	@Transactional
	public long gapToGoal(SignedInUser user, long portfolioId, long ratingId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		PksbRating rating = owned(portfolio, ratingId);
		if (rating.getGoalId() != null) {
			throw new FieldProblem("goal", "pksb.goal.already");
		}
		if (rating.gap() == 0) {
			throw new FieldProblem("goal", "pksb.goal.noGap");
		}
		Framework framework = framework(portfolio.id());
		PksbView.Row row = row(rating, framework, Map.of(), Map.of());
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

	/** The framework the portfolio assesses against, with its areas, sub-areas and scale. */
	private Framework framework(long portfolioId) {
		Frameworks.Info info = this.frameworks.forPortfolio(portfolioId);
		return new Framework(info.id(), info.name(), this.areas.findByFrameworkIdOrderByPosition(info.id()),
				this.subAreas.findByFramework(info.id()), new Scale(this.levels.findByFrameworkIdOrderByLevel(info.id())
					.stream()
					.map((l) -> new Scale.Level(l.getLevel(), l.getLabel()))
					.toList()));
	}

	/** One reflection per area the ratings touch, in the framework's order. */
	private static List<PksbView.Reflection> reflections(List<PksbRating> chosen, Framework framework,
			List<PksbReflection> written) {
		Set<Long> chosenAreas = chosen.stream().map(PksbRating::getAreaId).collect(Collectors.toSet());
		Map<Long, PksbReflection> byArea = written.stream()
			.collect(Collectors.toMap(PksbReflection::getAreaId, Function.identity()));
		return framework.areas()
			.stream()
			.filter((area) -> chosenAreas.contains(area.getId()))
			.map((area) -> {
				PksbReflection reflection = byArea.get(area.getId());
				return new PksbView.Reflection(area.getId(), area.getName(), area.getGroup(),
						(reflection != null) ? reflection.getText() : null,
						(reflection != null) ? reflection.getVersion() : PksbView.Reflection.UNWRITTEN);
			})
			.toList();
	}

	private static Map<Long, PksbSnapshot.Entry> entries(PksbSnapshot snapshot) {
		if (snapshot == null) {
			return Map.of();
		}
		return snapshot.getEntries().stream().collect(Collectors.toMap(PksbSnapshot.Entry::getRatingId, Function.identity()));
	}

	private static PksbView.Row row(PksbRating rating, Framework framework, Map<Long, PksbSnapshot.Entry> start,
			Map<Long, PksbSnapshot.Entry> end) {
		PksbArea area = framework.areasById().get(rating.getAreaId());
		PksbSubArea subArea = (rating.getSubAreaId() != null) ? framework.subAreasById().get(rating.getSubAreaId()) : null;
		PksbSnapshot.Entry first = start.get(rating.getId());
		PksbSnapshot.Entry last = end.get(rating.getId());
		return new PksbView.Row(rating.getId(), area.getName(), area.getGroup(), (subArea != null) ? subArea.getCode() : null,
				(subArea != null) ? subArea.getName() : null, (first != null) ? first.getLevel() : null,
				rating.getCurrentLevel(), rating.getTargetLevel(), (last != null) ? last.getLevel() : null,
				rating.getComment(), rating.getGoalId(), rating.getVersion());
	}

	private static Chart chart(List<PksbView.Row> rows, Framework framework, boolean endIsNow) {
		Map<String, List<PksbView.Row>> byArea = new LinkedHashMap<>();
		rows.stream()
			.filter((row) -> row.now() != null || row.start() != null || row.end() != null)
			.forEach((row) -> byArea.computeIfAbsent(row.areaName(), (a) -> new ArrayList<>()).add(row));
		List<Chart.Averages> averages = byArea.entrySet()
			.stream()
			.map((area) -> new Chart.Averages(area.getKey(),
					Chart.average(area.getValue().stream().map(PksbView.Row::start).toList()),
					Chart.average(area.getValue().stream().map(endIsNow ? PksbView.Row::now : PksbView.Row::end).toList()),
					Chart.average(area.getValue().stream().map(PksbView.Row::target).toList())))
			.toList();
		return Chart.of(averages, framework.scale().highest(), endIsNow);
	}

	static String key(PksbRating rating) {
		return (rating.getSubAreaId() != null) ? "s" + rating.getSubAreaId() : "a" + rating.getAreaId();
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** The framework as read once per request: areas, their sub-areas and the scale. */
	record Framework(long id, String name, List<PksbArea> areas, List<PksbSubArea> subAreas, Scale scale) {

		Map<Long, PksbArea> areasById() {
			return this.areas.stream().collect(Collectors.toMap(PksbArea::getId, Function.identity()));
		}

		Map<Long, PksbSubArea> subAreasById() {
			return this.subAreas.stream().collect(Collectors.toMap(PksbSubArea::getId, Function.identity()));
		}

		PksbArea area(PksbView.Row row) {
			return this.areas.stream().filter((a) -> a.getName().equals(row.areaName())).findFirst().orElseThrow();
		}

		int subAreaPosition(PksbView.Row row) {
			return this.subAreas.stream()
				.filter((s) -> s.getCode().equals(row.subAreaCode()) && s.getName().equals(row.subAreaName()))
				.map(PksbSubArea::getPosition)
				.findFirst()
				.orElse(0);
		}

		/** An area with sub-areas is assessed through them; one without is assessed as a whole. */
		List<PksbView.Choice> choices() {
			Map<Long, List<PksbSubArea>> byArea = this.subAreas.stream().collect(Collectors.groupingBy(PksbSubArea::getAreaId));
			List<PksbView.Choice> choices = new ArrayList<>();
			for (PksbArea area : this.areas) {
				List<PksbSubArea> subs = byArea.getOrDefault(area.getId(), List.of());
				if (subs.isEmpty()) {
					choices.add(new PksbView.Choice("a" + area.getId(), area.getGroup(), area.getName()));
				}
				else {
					subs.stream()
						.sorted(Comparator.comparingInt(PksbSubArea::getPosition))
						.forEach((s) -> choices.add(new PksbView.Choice("s" + s.getId(), area.getGroup(),
								area.getName() + ": " + s.getCode() + " " + s.getName())));
				}
			}
			return choices;
		}

	}

}
