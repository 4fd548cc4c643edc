package org.chartfolio.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MentorListings extends ListCrudRepository<MentorListing, Long> {

	Optional<MentorListing> findByAccountId(long accountId);

	/**
	 * Active listings in a region and sector, either left out to mean any; never the
	 * person's own.
	 */
	@Query("select l from MentorListing l where l.active = true and l.accountId <> :exceptAccountId "
			+ "and (:region is null or l.region = :region) and (:sector is null or l.sector = :sector) "
			+ "order by l.mentorName, l.id")
	List<MentorListing> findActive(Region region, Sector sector, long exceptAccountId);

}
