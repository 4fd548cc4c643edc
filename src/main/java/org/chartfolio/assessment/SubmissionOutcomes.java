package org.chartfolio.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SubmissionOutcomes extends ListCrudRepository<SubmissionOutcome, Long> {

	List<SubmissionOutcome> findByPortfolioIdIn(Collection<Long> portfolioIds);

}
