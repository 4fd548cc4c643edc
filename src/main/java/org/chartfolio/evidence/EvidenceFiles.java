package org.chartfolio.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EvidenceFiles extends ListCrudRepository<EvidenceFile, Long> {

	/**
	 * What lists and pages show of the files of these items, without thumbnails or
	 * contents.
	 */
	@Query("select new org.chartfolio.evidence.EvidenceFileView(f.id, f.evidenceId, f.originalName, f.contentType, "
			+ "f.sizeBytes, case when f.thumbnail is null then false else true end) "
			+ "from EvidenceFile f where f.evidenceId in :evidenceIds order by f.id")
	List<EvidenceFileView> viewsOf(Collection<Long> evidenceIds);

	@Query("select new org.chartfolio.evidence.EvidenceFileView(f.id, f.evidenceId, f.originalName, f.contentType, "
			+ "f.sizeBytes, case when f.thumbnail is null then false else true end) from EvidenceFile f "
			+ "where f.evidenceId in (select e.id from EvidenceItem e where e.portfolioId = :portfolioId and "
			+ "e.deletedAt is null) " + "order by f.id")
	List<EvidenceFileView> viewsOfLive(long portfolioId);

	@Query("select f from EvidenceFile f where f.id = :id and f.evidenceId = :evidenceId")
	Optional<EvidenceFile> findOf(long evidenceId, long id);

}
