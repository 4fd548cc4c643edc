package org.chartfolio.pksb;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PksbSnapshots extends JpaRepository<PksbSnapshot, Long> {

	List<PksbSnapshot> findByPortfolioId(long portfolioId);

	Optional<PksbSnapshot> findByPortfolioIdAndKind(long portfolioId, SnapshotKind kind);

}
