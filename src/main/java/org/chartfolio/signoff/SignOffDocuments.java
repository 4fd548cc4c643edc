package org.chartfolio.signoff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SignOffDocuments extends ListCrudRepository<SignOffDocument, Long> {

	List<SignOffDocument> findByPortfolioIdOrderById(long portfolioId);

	Optional<SignOffDocument> findByPortfolioIdAndAuthorAndImportedFalse(long portfolioId,
			SignOffDocument.Author author);

	Optional<SignOffDocument> findByIdAndPortfolioId(long id, long portfolioId);

}
