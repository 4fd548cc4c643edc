package org.chartfolio.cpd;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CpdActivities extends ListCrudRepository<CpdActivity, Long> {

	@Query("select a from CpdActivity a where a.portfolioId = :portfolioId and a.deletedAt is null order by "
			+ "a.activityDate desc, a.id desc")
	List<CpdActivity> findLive(long portfolioId);

	@Query("select a from CpdActivity a where a.portfolioId = :portfolioId and a.id = :id and a.deletedAt is null")
	Optional<CpdActivity> findLive(long portfolioId, long id);

	/**
	 * Hours of the live activities dated after the day given; null when there are none.
	 */
	@Query("select sum(a.hours) from CpdActivity a where a.portfolioId = :portfolioId and a.deletedAt is null and "
			+ "a.activityDate > :after")
	java.math.BigDecimal hoursAfter(long portfolioId, java.time.LocalDate after);

}
