package org.chartfolio.pksb;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PksbSubAreas extends JpaRepository<PksbSubArea, Long> {

	List<PksbSubArea> findAllByOrderByAreaIdAscPositionAsc();

}
