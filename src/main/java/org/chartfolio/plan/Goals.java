package org.chartfolio.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Goals extends ListCrudRepository<Goal, Long> {

	@Query("select g from Goal g left join fetch g.evidenceIds where g.portfolioId = :portfolioId "
			+ "and g.deletedAt is null order by g.targetDate nulls last, g.id")
	List<Goal> findLive(long portfolioId);

	@Query("select g from Goal g where g.portfolioId = :portfolioId and g.deletedAt is not null order by g.deletedAt desc")
	List<Goal> findBinned(long portfolioId);

	@Query("select g from Goal g left join fetch g.evidenceIds where g.portfolioId = :portfolioId and g.id = :id")
	Optional<Goal> findInPortfolio(long portfolioId, long id);

	@Query("select g from Goal g where g.portfolioId = :portfolioId and g.deletedAt is null and g.updatedAt > :since "
			+ "order by g.updatedAt desc, g.id")
	List<Goal> findLiveChangedSince(long portfolioId, java.time.Instant since);

	/** When any goal of the portfolio, binned ones included, last changed; empty when it has none. */
	@Query("select max(g.updatedAt) from Goal g where g.portfolioId = :portfolioId")
	Optional<java.time.Instant> lastChange(long portfolioId);

}
