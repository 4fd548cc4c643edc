package org.chartfolio.portfolio;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Sections extends Repository<Section, Long> {

	@Query("select s from Section s join fetch s.portfolio left join fetch s.criterion where s.id = :id "
			+ "and s.portfolio.id = :portfolioId")
	Optional<Section> findByIdAndPortfolioId(long id, long portfolioId);

	Section saveAndFlush(Section section);

}
