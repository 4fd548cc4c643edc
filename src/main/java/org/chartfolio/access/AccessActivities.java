package org.chartfolio.access;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AccessActivities extends ListCrudRepository<AccessActivity, Long> {

	List<AccessActivity> findByPortfolioIdOrderByHappenedAtDescIdDesc(long portfolioId);

}
