package org.chartfolio.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorRequests extends JpaRepository<MentorRequest, Long> {

	List<MentorRequest> findByMentorIdOrderBySentAtDescIdDesc(long mentorId);

	List<MentorRequest> findByCandidateIdOrderBySentAtDescIdDesc(long candidateId);

	List<MentorRequest> findByPortfolioIdAndStatus(long portfolioId, MentorRequest.Status status);

	boolean existsByPortfolioIdAndStatus(long portfolioId, MentorRequest.Status status);

	long countByMentorIdAndStatus(long mentorId, MentorRequest.Status status);

	boolean existsByPortfolioIdAndMentorIdAndStatus(long portfolioId, long mentorId, MentorRequest.Status status);

	boolean existsByPortfolioIdAndMentorIdAndCvEvidenceIdAndStatus(long portfolioId, long mentorId, long cvEvidenceId,
			MentorRequest.Status status);

}
