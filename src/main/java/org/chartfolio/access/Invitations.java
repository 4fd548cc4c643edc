package org.chartfolio.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Invitations extends ListCrudRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	boolean existsByPortfolioIdAndRoleAndStateAndExpiresAtAfter(long portfolioId,
			org.chartfolio.portfolio.PortfolioRole role, Invitation.State state, java.time.Instant now);

	List<Invitation> findByPortfolioIdAndStateOrderByCreatedAtDesc(long portfolioId, Invitation.State state);

}
