package org.chartfolio.readiness;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface GlossaryEntries extends ListCrudRepository<GlossaryEntry, Long> {

	List<GlossaryEntry> findByPortfolioIdOrderByAcronym(long portfolioId);

	Optional<GlossaryEntry> findByPortfolioIdAndAcronym(long portfolioId, String acronym);

}
