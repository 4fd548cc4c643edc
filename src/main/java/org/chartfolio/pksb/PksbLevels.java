package org.chartfolio.pksb;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PksbLevels extends JpaRepository<PksbLevel, Integer> {

	List<PksbLevel> findAllByOrderByLevel();

}
