package org.chartfolio.pksb;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PksbReflections extends JpaRepository<PksbReflection, Long> {

	List<PksbReflection> findByPortfolioId(long portfolioId);

	Optional<PksbReflection> findByPortfolioIdAndAreaId(long portfolioId, long areaId);

}
