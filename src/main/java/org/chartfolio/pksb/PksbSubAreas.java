package org.chartfolio.pksb;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PksbSubAreas extends JpaRepository<PksbSubArea, Long> {

	@Query("select s from PksbSubArea s where s.areaId in (select a.id from PksbArea a where a.frameworkId = ?1)"
			+ " order by s.areaId, s.position")
	List<PksbSubArea> findByFramework(long frameworkId);

}
