package org.chartfolio.signoff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SupporterInvitations extends ListCrudRepository<SupporterInvitation, Long> {

	@Query("select i from SupporterInvitation i where i.portfolioId = :portfolioId order by i.token.issuedAt desc")
	List<SupporterInvitation> findByPortfolioIdOrderByCreatedAtDesc(long portfolioId);

	Optional<SupporterInvitation> findByTokenHash(String tokenHash);

	Optional<SupporterInvitation> findByIdAndPortfolioId(long id, long portfolioId);

}
