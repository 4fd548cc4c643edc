package org.chartfolio.writing;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StoredCitations extends ListCrudRepository<StoredCitation, Long> {

	List<StoredCitation> findBySectionIdOrderByParagraphAscEvidenceNumberAsc(long sectionId);

	List<StoredCitation> findBySectionIdAndEvidenceId(long sectionId, long evidenceId);

	@Query("select c from StoredCitation c where c.evidenceId in :evidenceIds order by c.sectionId, c.paragraph")
	List<StoredCitation> findByEvidenceIds(Collection<Long> evidenceIds);

	/**
	 * Runs at once, before the new citations are inserted, so that the unique key never
	 * clashes.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("delete from StoredCitation c where c.sectionId = :sectionId")
	void deleteBySection(long sectionId);

}
