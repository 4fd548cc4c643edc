package org.chartfolio.pksb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The framework a portfolio assesses against, as read once per request: areas, their
 * sub-areas and the scale; and how a rating or a reflection reads against it. Both the
 * pages and the changes use it.
 */
record AssessedFramework(long id, String name, List<PksbArea> areas, List<PksbSubArea> subAreas, Scale scale) {

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

	/**
	 * An area with sub-areas is assessed through them; one without is assessed as a
	 * whole.
	 */
	List<PksbView.Choice> choices() {
		Map<Long, List<PksbSubArea>> byArea = this.subAreas.stream()
			.collect(Collectors.groupingBy(PksbSubArea::getAreaId));
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

	/** The key of the choice the rating was made from. */
	static String key(PksbRating rating) {
		return (rating.getSubAreaId() != null) ? "s" + rating.getSubAreaId() : "a" + rating.getAreaId();
	}

	/** One reflection per area the ratings touch, in the framework's order. */
	List<PksbView.Reflection> reflections(List<PksbRating> chosen, List<PksbReflection> written) {
		Set<Long> chosenAreas = chosen.stream().map(PksbRating::getAreaId).collect(Collectors.toSet());
		Map<Long, PksbReflection> byArea = written.stream()
			.collect(Collectors.toMap(PksbReflection::getAreaId, Function.identity()));
		return this.areas.stream().filter((area) -> chosenAreas.contains(area.getId())).map((area) -> {
			PksbReflection reflection = byArea.get(area.getId());
			return new PksbView.Reflection(area.getId(), area.getName(), area.getGroup(),
					(reflection != null) ? reflection.getText() : null,
					(reflection != null) ? reflection.getVersion() : PksbView.Reflection.UNWRITTEN);
		}).toList();
	}

	/**
	 * A rating as a row of the assessment, with its values in the snapshots given (by
	 * rating id).
	 */
	PksbView.Row row(PksbRating rating, Map<Long, PksbSnapshot.Entry> start, Map<Long, PksbSnapshot.Entry> end) {
		PksbArea area = areasById().get(rating.getAreaId());
		PksbSubArea subArea = (rating.getSubAreaId() != null) ? subAreasById().get(rating.getSubAreaId()) : null;
		PksbSnapshot.Entry first = start.get(rating.getId());
		PksbSnapshot.Entry last = end.get(rating.getId());
		return new PksbView.Row(rating.getId(), area.getName(), area.getGroup(),
				(subArea != null) ? subArea.getCode() : null, (subArea != null) ? subArea.getName() : null,
				(first != null) ? first.getLevel() : null, rating.getCurrentLevel(), rating.getTargetLevel(),
				(last != null) ? last.getLevel() : null, rating.getComment(), rating.getGoalId(), rating.getVersion());
	}

	/**
	 * Reads the framework a portfolio assesses against, with its areas, sub-areas and
	 * scale.
	 */
	@Component
	static class Reader {

		private final Frameworks frameworks;

		private final PksbAreas areas;

		private final PksbSubAreas subAreas;

		private final PksbLevels levels;

		Reader(Frameworks frameworks, PksbAreas areas, PksbSubAreas subAreas, PksbLevels levels) {
			this.frameworks = frameworks;
			this.areas = areas;
			this.subAreas = subAreas;
			this.levels = levels;
		}

		AssessedFramework forPortfolio(long portfolioId) {
			Frameworks.Info info = this.frameworks.forPortfolio(portfolioId);
			return new AssessedFramework(info.id(), info.name(), this.areas.findByFrameworkIdOrderByPosition(info.id()),
					this.subAreas.findByFramework(info.id()),
					new Scale(this.levels.findByFrameworkIdOrderByLevel(info.id())
						.stream()
						.map((l) -> new Scale.Level(l.getLevel(), l.getLabel()))
						.toList()));
		}

	}

}
