package org.chartfolio.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Goals extends ListCrudRepository<Goal, Long> {

	@Query("select g from Goal g left join fetch g.evidenceIds where g.portfolioId = :portfolioId "
			+ "and g.deletedAt is null order by g.targetDate nulls last, g.id")
	List<Goal> findLive(long portfolioId);

	@Query("select g from Goal g where g.portfolioId = :portfolioId and g.deletedAt is not null order by g.deletedAt "
			+ "desc")
	List<Goal> findBinned(long portfolioId);

	@Query("select g from Goal g left join fetch g.evidenceIds where g.portfolioId = :portfolioId and g.id = :id")
	Optional<Goal> findInPortfolio(long portfolioId, long id);

	@Query("select g from Goal g where g.portfolioId = :portfolioId and g.deletedAt is null and g.updatedAt > :since "
			+ "order by g.updatedAt desc, g.id")
	List<Goal> findLiveChangedSince(long portfolioId, java.time.Instant since);

	/**
	 * The open goals, soonest target first (those without a date last), as many as the
	 * limit asks.
	 */
	@Query("select g from Goal g where g.portfolioId = :portfolioId and g.deletedAt is null "
			+ "and g.status in (org.chartfolio.plan.GoalStatus.PLANNED, org.chartfolio.plan.GoalStatus.IN_PROGRESS) "
			+ "order by g.targetDate nulls last, g.id")
	List<Goal> findOpen(long portfolioId, org.springframework.data.domain.Limit limit);

	/**
	 * A portfolio's goal counts as {@link PlanService#figures} reports them, counted by
	 * the database.
	 */
	record Counts(long counted, long done, long overdue, long unevidenced, long due, java.time.Instant lastChanged) {
	}

	/** A portfolio's {@link Counts}, with its id. */
	record PortfolioCounts(long portfolioId, long counted, long done, long overdue, long unevidenced, long due,
			java.time.Instant lastChanged) {

		Counts counts() {
			return new Counts(this.counted, this.done, this.overdue, this.unevidenced, this.due, this.lastChanged);
		}

	}

	/**
	 * The counts of several portfolios in one query, each with its portfolio's id (one
	 * with no goals has no row): live goals for the figures (dropped ones not counted),
	 * every goal, binned ones included, for when one last changed.
	 */
	@Query("""
			select new org.chartfolio.plan.Goals$PortfolioCounts(g.portfolioId,
			    count(*) filter (where g.deletedAt is null and g.status <> org.chartfolio.plan.GoalStatus.DROPPED),
			    count(*) filter (where g.deletedAt is null and g.status = org.chartfolio.plan.GoalStatus.DONE),
			    count(*) filter (where g.deletedAt is null and g.status in (org.chartfolio.plan.GoalStatus.PLANNED,
			        org.chartfolio.plan.GoalStatus.IN_PROGRESS)
			                     and g.targetDate < :today),
			    count(*) filter (where g.deletedAt is null and g.status = org.chartfolio.plan.GoalStatus.DONE and
			        g.evidenceIds is empty),
			    count(*) filter (where g.deletedAt is null and g.status in (org.chartfolio.plan.GoalStatus.PLANNED,
			        org.chartfolio.plan.GoalStatus.IN_PROGRESS)
			                     and g.targetDate >= :today),
			    max(g.updatedAt))
			from Goal g where g.portfolioId in :portfolioIds group by g.portfolioId""")
	List<PortfolioCounts> countsIn(java.util.Collection<Long> portfolioIds, java.time.LocalDate today);

}
