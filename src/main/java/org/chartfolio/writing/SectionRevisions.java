package org.chartfolio.writing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SectionRevisions extends ListCrudRepository<SectionRevision, Long> {

	List<SectionRevision> findBySectionIdOrderByNumberDesc(long sectionId);

	Optional<SectionRevision> findBySectionIdAndNumber(long sectionId, int number);

	/**
	 * The latest revision of the section with this reason (for 'approved': the text last
	 * approved).
	 */
	Optional<SectionRevision> findFirstBySectionIdAndReasonOrderByNumberDesc(long sectionId, String reason);

	@Query("select coalesce(max(r.number), 0) from SectionRevision r where r.sectionId = :sectionId")
	int lastNumber(long sectionId);

	/**
	 * The latest revision of each of the portfolio's sections, where it has this reason
	 * and came after {@code since}.
	 */
	@Query("select r from SectionRevision r where r.reason = :reason "
			+ "and r.createdAt > :since and r.sectionId in (select t.sectionId from SectionText t where t.portfolioId "
			+ "= :portfolioId) "
			+ "and r.number = (select max(o.number) from SectionRevision o where o.sectionId = r.sectionId) "
			+ "order by r.createdAt desc")
	List<SectionRevision> findLatestWithReason(long portfolioId, String reason, java.time.Instant since);

	/**
	 * For each of these sections, the revision that was its text at {@code at}; sections
	 * with none yet are absent.
	 */
	@Query("select r from SectionRevision r where r.sectionId in :sectionIds and r.createdAt <= :at "
			+ "and r.number = (select max(o.number) from SectionRevision o where o.sectionId = r.sectionId and "
			+ "o.createdAt <= :at)")
	List<SectionRevision> findInEffectAt(java.util.Collection<Long> sectionIds, java.time.Instant at);

}
