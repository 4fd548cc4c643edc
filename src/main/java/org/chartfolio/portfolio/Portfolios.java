package org.chartfolio.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Portfolios extends ListCrudRepository<Portfolio, Long> {

	@Query("select p from Portfolio p join fetch p.route where p.ownerId = :ownerId order by p.updatedAt desc")
	List<Portfolio> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

	/** The portfolio with its route and its sections, in one query. */
	@Query("select distinct p from Portfolio p join fetch p.route left join fetch p.sections s left join fetch "
			+ "s.criterion where p.id = :id")
	Optional<Portfolio> findWithSections(long id);

	/** Several portfolios with their routes, in one query. */
	@Query("select p from Portfolio p join fetch p.route where p.id in :ids")
	List<Portfolio> findWithRoutes(Collection<Long> ids);

	/** Several portfolios with their routes and sections, in one query. */
	@Query("select distinct p from Portfolio p join fetch p.route left join fetch p.sections s left join fetch "
			+ "s.criterion where p.id in :ids")
	List<Portfolio> findAllWithSections(Collection<Long> ids);

}
