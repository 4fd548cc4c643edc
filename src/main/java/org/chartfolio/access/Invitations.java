package org.chartfolio.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Invitations extends ListCrudRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("""
			select case when count(i) > 0 then true else false end from Invitation i
			where i.portfolioId = :portfolioId and i.role = :role and i.state = :state and i.token.expiresAt > :now""")
	boolean existsByPortfolioIdAndRoleAndStateAndExpiresAtAfter(long portfolioId,
			org.chartfolio.portfolio.PortfolioRole role, Invitation.State state, java.time.Instant now);

	@Query("""
			select i from Invitation i where i.portfolioId = :portfolioId and i.state = :state
			order by i.token.issuedAt desc""")
	List<Invitation> findByPortfolioIdAndStateOrderByCreatedAtDesc(long portfolioId, Invitation.State state);

}
