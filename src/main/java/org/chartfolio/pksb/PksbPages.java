package org.chartfolio.pksb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionWorkflow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the PKSB pages show, and what other modules read of it: the assessment with its
 * chart, one rating or reflection, and where the end of the journey stands. Each read
 * checks through {@link PortfolioAccess} that the person may read the portfolio, in one
 * read-only transaction.
 */
@Service
@RequiredArgsConstructor
class PksbPages {

	private final PksbRatings ratings;

	private final PksbSnapshots snapshots;

	private final PksbReflections reflections;

	private final AssessedFramework.Reader frameworks;

	private final PortfolioAccess access;

	private final SectionWorkflow workflow;

	@Transactional(readOnly = true)
	PksbView assessment(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		AssessedFramework framework = this.frameworks.forPortfolio(portfolio.id());
		List<PksbRating> chosen = this.ratings.findByPortfolioId(portfolio.id());
		Map<SnapshotKind, PksbSnapshot> taken = this.snapshots.findByPortfolioId(portfolio.id())
			.stream()
			.collect(Collectors.toMap(PksbSnapshot::getKind, Function.identity()));
		Map<Long, PksbSnapshot.Entry> start = entries(taken.get(SnapshotKind.INITIAL));
		Map<Long, PksbSnapshot.Entry> end = entries(taken.get(SnapshotKind.FINAL));

		List<PksbView.Row> rows = chosen.stream()
			.map((rating) -> framework.row(rating, start, end))
			.sorted(Comparator.comparing((PksbView.Row row) -> framework.area(row).getPosition())
				.thenComparing((row) -> framework.subAreaPosition(row)))
			.toList();
		Set<String> chosenKeys = chosen.stream().map(AssessedFramework::key).collect(Collectors.toSet());
		List<PksbView.Choice> choices = framework.choices()
			.stream()
			.filter((c) -> !chosenKeys.contains(c.key()))
			.toList();
		PksbSnapshot initial = taken.get(SnapshotKind.INITIAL);
		PksbSnapshot last = taken.get(SnapshotKind.FINAL);
		return new PksbView(framework.name(), framework.scale().levels(), rows, choices,
				framework.reflections(chosen, this.reflections.findByPortfolioId(portfolio.id())),
				(initial != null) ? initial.getTakenAt() : null, (last != null) ? last.getTakenAt() : null,
				chart(rows, framework, last == null));
	}

	/**
	 * The assessment's page: the assessment and where the PKSB section stands in review.
	 */
	@Transactional(readOnly = true)
	PksbService.AssessmentPage assessmentPage(SignedInUser user, long portfolioId) {
		PksbView assessment = assessment(user, portfolioId);
		return new PksbService.AssessmentPage(assessment,
				this.workflow.status(user, portfolioId, SectionKind.PKSB).orElse(null));
	}

	/**
	 * The snapshots taken and the chosen areas still without an end reflection, for the
	 * readiness check.
	 */
	@Transactional(readOnly = true)
	PksbService.Ending ending(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		Set<SnapshotKind> taken = snapshotsTaken(user, portfolio.id());
		List<PksbRating> chosen = this.ratings.findByPortfolioId(portfolio.id());
		if (chosen.isEmpty()) {
			return new PksbService.Ending(taken, List.of());
		}
		AssessedFramework framework = this.frameworks.forPortfolio(portfolio.id());
		List<String> missing = framework.reflections(chosen, this.reflections.findByPortfolioId(portfolio.id()))
			.stream()
			.filter((r) -> !r.written())
			.map(PksbView.Reflection::areaName)
			.toList();
		return new PksbService.Ending(taken, missing);
	}

	/**
	 * The end reflection on one area the candidate chose; any other area is not found.
	 */
	@Transactional(readOnly = true)
	PksbView.Reflection reflection(SignedInUser user, long portfolioId, long areaId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return assessment(user, portfolio.id()).reflections()
			.stream()
			.filter((r) -> r.areaId() == areaId)
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	/**
	 * Whether any PKSB area has a current rating, for the candidate's first steps; one
	 * query.
	 */
	@Transactional(readOnly = true)
	boolean rated(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		return this.ratings.existsByPortfolioIdAndCurrentLevelIsNotNull(id);
	}

	/** Which snapshots the candidate has taken, in one query. */
	@Transactional(readOnly = true)
	Set<SnapshotKind> snapshotsTaken(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.snapshots.findByPortfolioId(portfolio.id())
			.stream()
			.map(PksbSnapshot::getKind)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(SnapshotKind.class)));
	}

	@Transactional(readOnly = true)
	PksbView.Row rating(SignedInUser user, long portfolioId, long ratingId) {
		return row(assessment(user, portfolioId), portfolioId, ratingId);
	}

	@Transactional(readOnly = true)
	PksbService.RatingPage ratingPage(SignedInUser user, long portfolioId, long ratingId) {
		PksbView assessment = assessment(user, portfolioId);
		return new PksbService.RatingPage(row(assessment, portfolioId, ratingId), assessment.scale());
	}

	private static PksbView.Row row(PksbView assessment, long portfolioId, long ratingId) {
		return assessment.rows()
			.stream()
			.filter((row) -> row.id() == ratingId)
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private static Map<Long, PksbSnapshot.Entry> entries(PksbSnapshot snapshot) {
		if (snapshot == null) {
			return Map.of();
		}
		return snapshot.getEntries()
			.stream()
			.collect(Collectors.toMap(PksbSnapshot.Entry::getRatingId, Function.identity()));
	}

	private static Chart chart(List<PksbView.Row> rows, AssessedFramework framework, boolean endIsNow) {
		Map<String, List<PksbView.Row>> byArea = new LinkedHashMap<>();
		rows.stream()
			.filter((row) -> row.now() != null || row.start() != null || row.end() != null)
			.forEach((row) -> byArea.computeIfAbsent(row.areaName(), (a) -> new ArrayList<>()).add(row));
		List<Chart.Averages> averages = byArea.entrySet()
			.stream()
			.map((area) -> new Chart.Averages(area.getKey(),
					Chart.average(area.getValue().stream().map(PksbView.Row::start).toList()),
					Chart.average(
							area.getValue().stream().map(endIsNow ? PksbView.Row::now : PksbView.Row::end).toList()),
					Chart.average(area.getValue().stream().map(PksbView.Row::target).toList())))
			.toList();
		return Chart.of(averages, framework.scale().highest(), endIsNow);
	}

}
