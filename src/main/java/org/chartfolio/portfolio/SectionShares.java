package org.chartfolio.portfolio;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SectionShares extends ListCrudRepository<SectionShare, Long> {

	List<SectionShare> findByPortfolioIdAndAccountId(long portfolioId, long accountId);

	Optional<SectionShare> findBySectionIdAndAccountId(long sectionId, long accountId);

	boolean existsBySectionIdAndPortfolioIdAndAccountId(long sectionId, long portfolioId, long accountId);

}
