package org.chartfolio.portfolio;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Memberships extends JpaRepository<Membership, Long> {

	Optional<Membership> findByPortfolioIdAndAccountIdAndEndedAtIsNull(long portfolioId, long accountId);

	List<Membership> findByPortfolioIdAndEndedAtIsNullOrderByStartedAt(long portfolioId);

	List<Membership> findByAccountIdAndEndedAtIsNullOrderByStartedAtDesc(long accountId);

	boolean existsByPortfolioIdAndRoleAndEndedAtIsNull(long portfolioId, PortfolioRole role);

	boolean existsByAccountIdAndRoleAndEndedAtIsNull(long accountId, PortfolioRole role);

}
