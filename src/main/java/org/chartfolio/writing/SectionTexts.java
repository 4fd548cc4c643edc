package org.chartfolio.writing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SectionTexts extends JpaRepository<SectionText, Long> {

	/**
	 * The text, locked until the transaction ends, so that two saves at once are taken in
	 * turn.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SectionText t where t.sectionId = :sectionId")
	Optional<SectionText> findForUpdate(long sectionId);

	List<SectionText> findByPortfolioId(long portfolioId);

	@Query("select t from SectionText t where t.portfolioId = :portfolioId and t.updatedAt > :since")
	List<SectionText> findChangedSince(long portfolioId, java.time.Instant since);

	/** Each section's id, word count and when its text last changed, without the text. */
	@Query("select t.sectionId, t.wordCount, t.updatedAt from SectionText t where t.portfolioId = :portfolioId")
	List<Object[]> tallies(long portfolioId);

	/** {@link #tallies} of several portfolios, each row led by its portfolio's id. */
	@Query("select t.portfolioId, t.sectionId, t.wordCount, t.updatedAt from SectionText t where t.portfolioId in "
			+ ":portfolioIds")
	List<Object[]> talliesIn(java.util.Collection<Long> portfolioIds);

}
