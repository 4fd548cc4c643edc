package org.chartfolio.portfolio;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Routes extends Repository<Route, Long> {

	@Query("select r from Route r left join fetch r.criteria order by r.position")
	List<Route> findAllByOrderByPosition();

	@Query("select r from Route r left join fetch r.criteria where r.code = :code")
	Optional<Route> findByCode(String code);

}
