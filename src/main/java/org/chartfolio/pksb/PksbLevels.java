package org.chartfolio.pksb;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PksbLevels extends JpaRepository<PksbLevel, Long> {

	List<PksbLevel> findByFrameworkIdOrderByLevel(long frameworkId);

	@Modifying(flushAutomatically = true)
	@Query("delete from PksbLevel l where l.frameworkId = ?1")
	void deleteByFramework(long frameworkId);

}
