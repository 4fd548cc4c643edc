package org.chartfolio.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewComments extends ListCrudRepository<ReviewComment, Long> {

	List<ReviewComment> findByThreadIdInOrderByCreatedAtAscIdAsc(Collection<Long> threadIds);

}
