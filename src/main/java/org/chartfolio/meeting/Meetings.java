package org.chartfolio.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.chartfolio.portfolio.PortfolioNotFoundException;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Meetings extends ListCrudRepository<Meeting, Long> {

	/** The portfolio's meetings, latest first, each with its actions, in one query. */
	@Query("select distinct m from Meeting m left join fetch m.actions where m.portfolioId = :portfolioId "
			+ "and m.deletedAt is null order by m.heldOn desc, m.id desc")
	List<Meeting> findLive(long portfolioId);

	/**
	 * The next meeting agreed at the latest meeting, as a one-row list (empty without
	 * meetings; null when none was agreed).
	 */
	@Query("select m.nextMeetingOn from Meeting m where m.portfolioId = :portfolioId and m.deletedAt is null "
			+ "order by m.heldOn desc, m.id desc")
	List<java.time.LocalDate> findNextMeetingOn(long portfolioId, org.springframework.data.domain.Limit limit);

	/**
	 * The meetings of these portfolios, without their actions, each portfolio's latest
	 * first, in one query.
	 */
	@Query("select m from Meeting m where m.portfolioId in :portfolioIds and m.deletedAt is null "
			+ "order by m.portfolioId, m.heldOn desc, m.id desc")
	List<Meeting> findLiveIn(Collection<Long> portfolioIds);

	@Query("select m from Meeting m where m.portfolioId = :portfolioId and m.deletedAt is not null "
			+ "order by m.deletedAt desc")
	List<Meeting> findDeleted(long portfolioId);

	/** A meeting of the portfolio, deleted or not, with its actions. */
	@Query("select m from Meeting m left join fetch m.actions where m.portfolioId = :portfolioId and m.id = :id")
	Optional<Meeting> findInPortfolio(long portfolioId, long id);

	/** A meeting of the portfolio that is not deleted; not found otherwise. */
	default Meeting live(long portfolioId, long meetingId) {
		return findInPortfolio(portfolioId, meetingId).filter((meeting) -> !meeting.isInBin())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

}
