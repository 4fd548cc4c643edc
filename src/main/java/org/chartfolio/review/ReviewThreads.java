package org.chartfolio.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewThreads extends ListCrudRepository<ReviewThread, Long> {

	ReviewThread saveAndFlush(ReviewThread thread);

	Optional<ReviewThread> findByIdAndPortfolioIdAndSectionId(long id, long portfolioId, long sectionId);

	/** Unresolved threads first, then oldest first. */
	@Query("select t from ReviewThread t where t.sectionId = :sectionId "
			+ "order by case when t.resolvedAt is null then 0 else 1 end, t.createdAt, t.id")
	List<ReviewThread> findBySection(long sectionId);

	/** The section's threads in this portfolio, unresolved first, then oldest first. */
	@Query("select t from ReviewThread t where t.sectionId = :sectionId and t.portfolioId = :portfolioId "
			+ "order by case when t.resolvedAt is null then 0 else 1 end, t.createdAt, t.id")
	List<ReviewThread> findBySection(long portfolioId, long sectionId);

	long countBySectionIdAndResolvedAtIsNull(long sectionId);

	List<ReviewThread> findByPortfolioIdAndResolvedAtIsNullOrderByCreatedAtAscIdAsc(long portfolioId);

	/**
	 * Unresolved threads of the portfolio counted by section: rows of [sectionId, count].
	 */
	@Query("select t.sectionId, count(t) from ReviewThread t where t.portfolioId = :portfolioId "
			+ "and t.resolvedAt is null group by t.sectionId")
	List<Object[]> countUnresolvedBySection(long portfolioId);

	/**
	 * Unresolved threads counted by portfolio, for several portfolios at once: rows of
	 * [portfolioId, count].
	 */
	@Query("select t.portfolioId, count(t) from ReviewThread t where t.portfolioId in :portfolioIds "
			+ "and t.resolvedAt is null group by t.portfolioId")
	List<Object[]> countUnresolvedByPortfolio(Collection<Long> portfolioIds);

}
