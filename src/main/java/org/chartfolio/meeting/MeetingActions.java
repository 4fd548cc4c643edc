package org.chartfolio.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MeetingActions extends Repository<MeetingAction, Long> {

	/**
	 * Every action of the portfolio's meetings that is still open, oldest meeting first,
	 * in one query.
	 */
	@Query("select a from MeetingAction a join fetch a.meeting m where m.portfolioId = :portfolioId "
			+ "and m.deletedAt is null and a.done = false order by m.heldOn, m.id, a.position")
	List<MeetingAction> findOpen(long portfolioId);

	@Query("select a from MeetingAction a join fetch a.meeting m where m.portfolioId = :portfolioId and a.id = :id")
	Optional<MeetingAction> findInPortfolio(long portfolioId, long id);

}
