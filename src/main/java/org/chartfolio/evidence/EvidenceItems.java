package org.chartfolio.evidence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EvidenceItems extends ListCrudRepository<EvidenceItem, Long> {

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.deletedAt is null order by e.number")
	List<EvidenceItem> findLive(long portfolioId);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.number = :number and e.deletedAt is "
			+ "null")
	Optional<EvidenceItem> findLiveByNumber(long portfolioId, int number);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.number in :numbers and e.deletedAt "
			+ "is null")
	List<EvidenceItem> findLiveByNumbers(long portfolioId, Collection<Integer> numbers);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.id = :id")
	Optional<EvidenceItem> findInPortfolio(long portfolioId, long id);

	@Query("select count(e) > 0 from EvidenceItem e where e.portfolioId = :portfolioId and e.number = :number")
	boolean numberTaken(long portfolioId, int number);

	@Query("select count(e) from EvidenceItem e where e.portfolioId = :portfolioId and e.deletedAt is null")
	long countLive(long portfolioId);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.deletedAt is null "
			+ "order by e.createdAt desc, e.id desc")
	List<EvidenceItem> findRecent(long portfolioId, Pageable page);

	/** The items with these ids, each with its tags, in one query. */
	@Query("select distinct e from EvidenceItem e left join fetch e.tags where e.id in :ids")
	List<EvidenceItem> findWithTags(Collection<Long> ids);

	@Query("select e from EvidenceItem e left join fetch e.tags where e.portfolioId = :portfolioId "
			+ "and e.number = :number and e.deletedAt is null")
	Optional<EvidenceItem> findLiveWithTags(long portfolioId, int number);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.deletedAt > :since "
			+ "order by e.deletedAt desc")
	List<EvidenceItem> findBinnedSince(long portfolioId, Instant since);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.number = :number "
			+ "and e.deletedAt > :since")
	Optional<EvidenceItem> findBinnedSince(long portfolioId, int number, Instant since);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.deletedAt is null "
			+ "and e.updatedAt > :since order by e.number")
	List<EvidenceItem> findLiveChangedSince(long portfolioId, Instant since);

}
