package org.chartfolio.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewComments extends ListCrudRepository<ReviewComment, Long> {

	List<ReviewComment> findByThreadIdInOrderByCreatedAtAscIdAsc(Collection<Long> threadIds);

	/**
	 * When the candidate last commented on the portfolio, and when anybody else (the
	 * mentor) did.
	 */
	record Latest(Instant byCandidate, Instant byOthers) {
	}

	@Query("""
			select new org.chartfolio.review.ReviewComments$Latest(
			       max(case when c.authorId = :ownerId then c.createdAt end),
			       max(case when c.authorId <> :ownerId then c.createdAt end))
			from ReviewComment c, ReviewThread t
			where t.id = c.threadId and t.portfolioId = :portfolioId""")
	Latest latest(long portfolioId, long ownerId);

}
