package org.chartfolio.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Invitations extends ListCrudRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByPortfolioIdAndStateOrderByCreatedAtDesc(long portfolioId, Invitation.State state);

}
