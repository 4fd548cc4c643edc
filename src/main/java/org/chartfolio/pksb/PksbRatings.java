package org.chartfolio.pksb;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PksbRatings extends JpaRepository<PksbRating, Long> {

	List<PksbRating> findByPortfolioId(long portfolioId);

	boolean existsByPortfolioIdAndCurrentLevelIsNotNull(long portfolioId);

	Optional<PksbRating> findByIdAndPortfolioId(long id, long portfolioId);

	/**
	 * The levels candidates' ratings use in one framework, which a new scale for it must
	 * keep.
	 */
	@Query("select distinct r.currentLevel from PksbRating r where r.currentLevel is not null"
			+ " and r.areaId in (select a.id from PksbArea a where a.frameworkId = ?1)"
			+ " union select distinct r.targetLevel from PksbRating r where r.targetLevel is not null"
			+ " and r.areaId in (select a.id from PksbArea a where a.frameworkId = ?1)")
	List<Integer> levelsInUse(long frameworkId);

}
