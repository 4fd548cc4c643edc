package org.chartfolio.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.access.AccessLog;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.directory.DirectoryService.MentorCard;
import org.chartfolio.directory.DirectoryService.PortfolioChoice;
import org.chartfolio.directory.DirectoryService.RequestChoices;
import org.chartfolio.directory.DirectoryService.RequestDetails;
import org.chartfolio.directory.DirectoryService.RequestSummary;
import org.chartfolio.directory.DirectoryService.Requests;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.portfolio.MembershipRefusedException;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to a listed mentor: sent from one of the candidate's portfolios with a message
 * and an evidence item as the CV, then accepted, declined or withdrawn. A request is seen
 * only by its candidate and the mentor it is addressed to; anybody else is told it does
 * not exist.
 */
@Service
@RequiredArgsConstructor
class MentorRequesting {

	private final MentorListings listings;

	private final MentorRequests requests;

	private final PortfolioService portfolios;

	private final PortfolioAccess access;

	private final PortfolioMemberships memberships;

	private final EvidenceReading evidence;

	private final EvidenceSharing files;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Whether the candidate has asked a listed mentor and waits for the answer, for the
	 * first steps.
	 */
	@Transactional(readOnly = true)
	boolean mentorRequested(SignedInUser owner, long portfolioId) {
		long id = this.access.writable(owner, portfolioId).id();
		return this.requests.existsByPortfolioIdAndStatus(id, MentorRequest.Status.OPEN);
	}

	/**
	 * How many open requests wait for the person's answer, for a link from the home page.
	 */
	@Transactional(readOnly = true)
	long requestsWaiting(SignedInUser user) {
		return this.requests.countByMentorIdAndStatus(user.id(), MentorRequest.Status.OPEN);
	}

	/**
	 * The mentor and the candidate's portfolios that may ask them: without an active
	 * mentor, and without an open request to this mentor. A paused, full, removed or own
	 * listing is not found.
	 */
	@Transactional(readOnly = true)
	RequestChoices requestChoices(SignedInUser user, long listingId) {
		MentorListing listing = available(user, listingId);
		MentorCard mentor = MentorCard.of(listing, menteesOf(listing), null);
		List<PortfolioSummary> own = this.portfolios.portfoliosOf(user);
		Set<Long> mentored = this.memberships.withActiveMentor(own.stream().map(PortfolioSummary::id).toList());
		Set<Long> asked = Set.copyOf(this.requests.findByCandidateIdOrderBySentAtDescIdDesc(user.id())
			.stream()
			.filter((request) -> request.isOpen() && request.getMentorId() == listing.getAccountId())
			.map(MentorRequest::getPortfolioId)
			.toList());
		List<PortfolioChoice> choices = own.stream()
			.filter((portfolio) -> !mentored.contains(portfolio.id()) && !asked.contains(portfolio.id()))
			.map((portfolio) -> new PortfolioChoice(portfolio.id(), portfolio.title(),
					this.evidence.withFiles(user, portfolio.id())))
			.toList();
		return new RequestChoices(mentor, choices);
	}

	/** Sends a request from one of the candidate's portfolios; gives back its id. */
	@Transactional
	long send(SignedInUser user, long listingId, Long portfolioId, Long cvEvidenceId, String message,
			Sector candidateSector) {
		MentorListing listing = available(user, listingId);
		if (portfolioId == null) {
			throw new FieldProblem("portfolioId", "directory.request.portfolio.required");
		}
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		if (!this.memberships.withActiveMentor(List.of(portfolio.id())).isEmpty()) {
			throw new FieldProblem("portfolioId", "directory.request.portfolio.hasMentor");
		}
		if (this.requests.existsByPortfolioIdAndMentorIdAndStatus(portfolio.id(), listing.getAccountId(),
				MentorRequest.Status.OPEN)) {
			throw new FieldProblem("portfolioId", "directory.request.portfolio.alreadyAsked");
		}
		if (cvEvidenceId == null) {
			throw new FieldProblem("cvEvidenceId", "directory.request.cv.required");
		}
		boolean cvFits = this.evidence.withFiles(user, portfolio.id())
			.stream()
			.anyMatch((item) -> item.id() == cvEvidenceId);
		if (!cvFits) {
			throw new FieldProblem("cvEvidenceId", "directory.request.cv.notInPortfolio");
		}
		Instant now = this.clock.instant();
		MentorRequest request;
		try {
			request = this.requests
				.saveAndFlush(new MentorRequest(portfolio.id(), portfolio.title(), user.id(), user.getDisplayName(),
						candidateSector, listing.getAccountId(), listing.getMentorName(), cvEvidenceId, message, now));
		}
		catch (DataIntegrityViolationException raced) {
			throw new FieldProblem("portfolioId", "directory.request.portfolio.alreadyAsked");
		}
		publish(MentorRequestEvent.Kind.SENT, request, now);
		return request.getId();
	}

	@Transactional(readOnly = true)
	Requests requests(SignedInUser user) {
		return new Requests(
				this.requests.findByMentorIdOrderBySentAtDescIdDesc(user.id())
					.stream()
					.map(RequestSummary::of)
					.toList(),
				this.requests.findByCandidateIdOrderBySentAtDescIdDesc(user.id())
					.stream()
					.map(RequestSummary::of)
					.toList());
	}

	@Transactional(readOnly = true)
	RequestDetails request(SignedInUser user, long requestId) {
		MentorRequest request = concerning(user, requestId);
		boolean forMentor = request.getMentorId() == user.id();
		List<EvidenceService.SharedFile> cv = (forMentor && request.isOpen())
				? this.files.filesOf(user, request.getPortfolioId(), request.getCvEvidenceId()) : List.of();
		return new RequestDetails(RequestSummary.of(request), request.getPortfolioId(), request.getCandidateSector(),
				request.getMessage(), forMentor, cv);
	}

	/**
	 * A file of the CV item, for the mentor the request is addressed to, while it is
	 * open.
	 */
	@Transactional(readOnly = true)
	EvidenceService.SharedDownload cv(SignedInUser user, long requestId, long fileId) {
		MentorRequest request = addressedTo(user, requestId);
		if (!request.isOpen()) {
			throw new MentorRequestNotFoundException(requestId);
		}
		return this.files.openFile(user, request.getPortfolioId(), request.getCvEvidenceId(), fileId)
			.orElseThrow(() -> new MentorRequestNotFoundException(requestId));
	}

	/**
	 * The mentor accepts and becomes the portfolio's mentor. When the portfolio module
	 * refuses (it has a mentor already, the mentor is its line manager), nothing changes
	 * and the reason is given.
	 */
	@Transactional
	long accept(SignedInUser user, long requestId) {
		MentorRequest request = addressedTo(user, requestId);
		Instant now = this.clock.instant();
		// A mentor whose listing is full takes nobody more, even from a request sent
		// while there was room.
		this.listings.findByAccountId(user.id())
			.filter((listing) -> request.isOpen() && menteesOf(listing) >= listing.getCapacity())
			.ifPresent((full) -> {
				throw new Refusal("directory.request.refused.full");
			});
		request.accept(user.id(), now);
		try {
			this.memberships.join(request.getPortfolioId(), user, PortfolioRole.MENTOR);
		}
		catch (MembershipRefusedException refused) {
			throw new Refusal("access.refused.roleTaken".equals(refused.messageKey())
					? "directory.request.refused.roleTaken" : refused.messageKey());
		}
		this.accessLog.mentorAcceptedRequest(request.getPortfolioId(), user.getDisplayName(),
				request.getCandidateName(), now);
		publish(MentorRequestEvent.Kind.ACCEPTED, request, now);
		// The portfolio has its mentor: its requests to anybody else are withdrawn, and
		// they hear so.
		for (MentorRequest other : this.requests.findByPortfolioIdAndStatus(request.getPortfolioId(),
				MentorRequest.Status.OPEN)) {
			other.withdraw(other.getCandidateId(), now);
			publish(MentorRequestEvent.Kind.WITHDRAWN, other, now);
		}
		return request.getPortfolioId();
	}

	@Transactional
	void decline(SignedInUser user, long requestId) {
		MentorRequest request = addressedTo(user, requestId);
		Instant now = this.clock.instant();
		request.decline(user.id(), now);
		publish(MentorRequestEvent.Kind.DECLINED, request, now);
	}

	@Transactional
	void withdraw(SignedInUser user, long requestId) {
		MentorRequest request = this.requests.findById(requestId)
			.filter((found) -> found.getCandidateId() == user.id())
			.orElseThrow(() -> new MentorRequestNotFoundException(requestId));
		Instant now = this.clock.instant();
		request.withdraw(user.id(), now);
		publish(MentorRequestEvent.Kind.WITHDRAWN, request, now);
	}

	private MentorRequest concerning(SignedInUser user, long requestId) {
		return this.requests.findById(requestId)
			.filter((request) -> request.concerns(user.id()))
			.orElseThrow(() -> new MentorRequestNotFoundException(requestId));
	}

	private MentorRequest addressedTo(SignedInUser user, long requestId) {
		return this.requests.findById(requestId)
			.filter((request) -> request.getMentorId() == user.id())
			.orElseThrow(() -> new MentorRequestNotFoundException(requestId));
	}

	private MentorListing available(SignedInUser user, long listingId) {
		return this.listings.findById(listingId)
			.filter((listing) -> listing.isActive() && listing.getAccountId() != user.id()
					&& menteesOf(listing) < listing.getCapacity())
			.orElseThrow(() -> new Refusal("directory.mentor.unavailable"));
	}

	private int menteesOf(MentorListing listing) {
		return this.memberships.activeMenteeCounts(List.of(listing.getAccountId()))
			.getOrDefault(listing.getAccountId(), 0);
	}

	private void publish(MentorRequestEvent.Kind kind, MentorRequest request, Instant now) {
		this.events.publishEvent(new MentorRequestEvent(kind, request.getId(), request.getPortfolioId(),
				request.getCandidateId(), request.getMentorId(), now));
	}

}
