package org.chartfolio.pksb;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PksbAreas extends Repository<PksbArea, Long> {

	List<PksbArea> findByFrameworkIdOrderByPosition(long frameworkId);

}
