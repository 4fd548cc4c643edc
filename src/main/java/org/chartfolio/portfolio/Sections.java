package org.chartfolio.portfolio;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface Sections extends Repository<Section, Long> {

	@EntityGraph(attributePaths = { "portfolio", "criterion" })
	Optional<Section> findByIdAndPortfolioId(long id, long portfolioId);

	Section saveAndFlush(Section section);

}
