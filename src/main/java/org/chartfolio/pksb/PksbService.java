package org.chartfolio.pksb;

import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.SectionWorkflow;

import org.springframework.stereotype.Service;

/**
 * A portfolio's PKSB self-assessment, checked against who may read or change it: the
 * module's public face for its own controller and for other modules (the dashboard,
 * readiness, export, the assessor's web edition, the demo). Every call checks through
 * {@link PortfolioAccess} that the person may read or change the portfolio; an item of
 * another portfolio is reported as not found.
 * <p>
 * The work is done by package-private classes, each with one reason to change:
 * {@link PksbPages} (what is read, one read-only transaction per call),
 * {@link PksbEditing} (every change: ratings, reflections, snapshots, gaps into goals)
 * and {@link AssessedFramework} (the framework as read once per request); the framework's
 * own data is administered by {@link PksbFramework}. This class holds the records they
 * take and answer with.
 */
@Service
@RequiredArgsConstructor
public class PksbService {

	private final PksbPages pages;

	private final PksbEditing editing;

	/**
	 * The candidate's rating of one item; {@code version} is the one their form was
	 * opened at.
	 */
	public record RatingEdit(Integer currentLevel, Integer targetLevel, String comment, long version) {
	}

	/**
	 * The candidate's end reflection on an area; {@code version} is the one their form
	 * was opened at.
	 */
	public record ReflectionEdit(String text, long version) {
	}

	/**
	 * Where the end of the journey stands: the snapshots taken and the chosen areas
	 * without a reflection.
	 */
	public record Ending(Set<SnapshotKind> snapshotsTaken, List<String> areasWithoutReflection) {
	}

	/**
	 * The assessment's page: the assessment with its chart and where the PKSB section
	 * stands in review (null when the route has no PKSB section), from one read.
	 */
	public record AssessmentPage(PksbView assessment, SectionWorkflow.ReviewStatus reviewStatus) {
	}

	/** The page to rate one chosen item on: the item and the scale, from one read. */
	public record RatingPage(PksbView.Row item, List<Scale.Level> scale) {
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

	// Reads

	public PksbView assessment(SignedInUser user, long portfolioId) {
		return this.pages.assessment(user, portfolioId);
	}

	public AssessmentPage assessmentPage(SignedInUser user, long portfolioId) {
		return this.pages.assessmentPage(user, portfolioId);
	}

	/**
	 * The snapshots taken and the chosen areas still without an end reflection, for the
	 * readiness check.
	 */
	public Ending ending(SignedInUser user, long portfolioId) {
		return this.pages.ending(user, portfolioId);
	}

	/**
	 * The end reflection on one area the candidate chose; any other area is not found.
	 */
	public PksbView.Reflection reflection(SignedInUser user, long portfolioId, long areaId) {
		return this.pages.reflection(user, portfolioId, areaId);
	}

	/**
	 * Whether any PKSB area has a current rating, for the candidate's first steps; one
	 * query.
	 */
	public boolean rated(SignedInUser user, long portfolioId) {
		return this.pages.rated(user, portfolioId);
	}

	/** Which snapshots the candidate has taken, in one query. */
	public Set<SnapshotKind> snapshotsTaken(SignedInUser user, long portfolioId) {
		return this.pages.snapshotsTaken(user, portfolioId);
	}

	public PksbView.Row rating(SignedInUser user, long portfolioId, long ratingId) {
		return this.pages.rating(user, portfolioId, ratingId);
	}

	public RatingPage ratingPage(SignedInUser user, long portfolioId, long ratingId) {
		return this.pages.ratingPage(user, portfolioId, ratingId);
	}

	// Changes

	/**
	 * Writes the end reflection on a chosen area; refused when it changed since the form
	 * was opened.
	 */
	public void reflect(SignedInUser user, long portfolioId, long areaId, ReflectionEdit edit) {
		this.editing.reflect(user, portfolioId, areaId, edit);
	}

	/**
	 * Adds an area or sub-area (by its key from the page's list) to those the candidate
	 * assesses.
	 */
	public long choose(SignedInUser user, long portfolioId, String key) {
		return this.editing.choose(user, portfolioId, key);
	}

	public void rate(SignedInUser user, long portfolioId, long ratingId, RatingEdit edit) {
		this.editing.rate(user, portfolioId, ratingId, edit);
	}

	/**
	 * Stops assessing an item. Its snapshot values go with it; a goal made from it stays
	 * in the plan.
	 */
	public void remove(SignedInUser user, long portfolioId, long ratingId) {
		this.editing.remove(user, portfolioId, ratingId);
	}

	/**
	 * Takes (or takes again) the initial or final snapshot of the ratings as they stand.
	 */
	public void snapshot(SignedInUser user, long portfolioId, SnapshotKind kind) {
		this.editing.snapshot(user, portfolioId, kind);
	}

	/**
	 * Turns a gap into a development-plan goal in one step: the goal is named after the
	 * item and says where the candidate stands and aims to be. Returns the goal's id.
	 */
	public long gapToGoal(SignedInUser user, long portfolioId, long ratingId) {
		return this.editing.gapToGoal(user, portfolioId, ratingId);
	}

}
