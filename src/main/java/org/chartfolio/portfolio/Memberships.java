package org.chartfolio.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Memberships extends JpaRepository<Membership, Long> {

	Optional<Membership> findByPortfolioIdAndAccountIdAndEndedAtIsNull(long portfolioId, long accountId);

	List<Membership> findByPortfolioIdAndEndedAtIsNullOrderByStartedAt(long portfolioId);

	List<Membership> findByAccountIdAndEndedAtIsNullOrderByStartedAtDesc(long accountId);

	boolean existsByPortfolioIdAndRoleAndEndedAtIsNull(long portfolioId, PortfolioRole role);

	boolean existsByAccountIdAndRoleAndEndedAtIsNull(long accountId, PortfolioRole role);

	/** Pairs of account id and how many portfolios that account actively mentors. */
	@Query("select m.accountId, count(m) from Membership m where m.role = "
			+ "org.chartfolio.portfolio.PortfolioRole.MENTOR "
			+ "and m.endedAt is null and m.accountId in :accountIds group by m.accountId")
	List<Object[]> countActiveMentees(Collection<Long> accountIds);

	@Query("select m.portfolioId from Membership m where m.role = org.chartfolio.portfolio.PortfolioRole.MENTOR "
			+ "and m.endedAt is null and m.portfolioId in :portfolioIds")
	List<Long> findPortfoliosWithMentor(Collection<Long> portfolioIds);

}
