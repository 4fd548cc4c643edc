package org.chartfolio.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AssessorLinks extends ListCrudRepository<AssessorLink, Long> {

	Optional<AssessorLink> findByTokenHash(String tokenHash);

	@Query("select l from AssessorLink l where l.portfolioId = :portfolioId order by l.token.issuedAt desc, l.id desc")
	List<AssessorLink> findByPortfolioIdOrderByCreatedAtDescIdDesc(long portfolioId);

	Optional<AssessorLink> findByIdAndPortfolioId(long id, long portfolioId);

}
