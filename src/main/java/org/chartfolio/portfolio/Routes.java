package org.chartfolio.portfolio;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface Routes extends Repository<Route, Long> {

	@EntityGraph(attributePaths = "criteria")
	List<Route> findAllByOrderByPosition();

	@EntityGraph(attributePaths = "criteria")
	Optional<Route> findByCode(String code);

}
