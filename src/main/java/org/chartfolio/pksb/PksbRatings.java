package org.chartfolio.pksb;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PksbRatings extends JpaRepository<PksbRating, Long> {

	List<PksbRating> findByPortfolioId(long portfolioId);

	Optional<PksbRating> findByIdAndPortfolioId(long id, long portfolioId);

	@Query("select distinct r.currentLevel from PksbRating r where r.currentLevel is not null"
			+ " union select distinct r.targetLevel from PksbRating r where r.targetLevel is not null")
	List<Integer> levelsInUse();

}
