package org.chartfolio.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AssessorLinks extends ListCrudRepository<AssessorLink, Long> {

	Optional<AssessorLink> findByTokenHash(String tokenHash);

	List<AssessorLink> findByPortfolioIdOrderByCreatedAtDescIdDesc(long portfolioId);

	Optional<AssessorLink> findByIdAndPortfolioId(long id, long portfolioId);

}
