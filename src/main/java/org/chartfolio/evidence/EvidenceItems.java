package org.chartfolio.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EvidenceItems extends ListCrudRepository<EvidenceItem, Long> {

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.deletedAt is null order by e.number")
	List<EvidenceItem> findLive(long portfolioId);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.number = :number and e.deletedAt is null")
	Optional<EvidenceItem> findLiveByNumber(long portfolioId, int number);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.number in :numbers and e.deletedAt is null")
	List<EvidenceItem> findLiveByNumbers(long portfolioId, Collection<Integer> numbers);

	@Query("select e from EvidenceItem e where e.portfolioId = :portfolioId and e.id = :id")
	Optional<EvidenceItem> findInPortfolio(long portfolioId, long id);

}
