package org.chartfolio.writing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SectionRevisions extends ListCrudRepository<SectionRevision, Long> {

	List<SectionRevision> findBySectionIdOrderByNumberDesc(long sectionId);

	Optional<SectionRevision> findBySectionIdAndNumber(long sectionId, int number);

	@Query("select coalesce(max(r.number), 0) from SectionRevision r where r.sectionId = :sectionId")
	int lastNumber(long sectionId);

}
