package org.chartfolio.signoff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SupporterInvitations extends ListCrudRepository<SupporterInvitation, Long> {

	List<SupporterInvitation> findByPortfolioIdOrderByCreatedAtDesc(long portfolioId);

	Optional<SupporterInvitation> findByTokenHash(String tokenHash);

	Optional<SupporterInvitation> findByIdAndPortfolioId(long id, long portfolioId);

}
