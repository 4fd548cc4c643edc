package org.chartfolio.signoff;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SignOffRevisions extends ListCrudRepository<SignOffRevision, Long> {

	List<SignOffRevision> findByDocumentIdOrderByNumberDesc(long documentId);

	@Query("select coalesce(max(r.number), 0) from SignOffRevision r where r.documentId = :documentId")
	int lastNumber(long documentId);

}
