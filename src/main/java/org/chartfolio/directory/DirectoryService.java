package org.chartfolio.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chartfolio.access.AccessLog;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.MembershipRefusedException;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor directory. Anybody signed in keeps one listing of their own; candidates see the active
 * listings of others who still have room, and send requests from their own portfolios. A request is
 * seen only by its candidate and the mentor it is addressed to; anybody else is told it does not
 * exist.
 */
@Service
public class DirectoryService {

	private final MentorListings listings;

	private final MentorRequests requests;

	private final PortfolioService portfolios;

	private final PortfolioAccess access;

	private final PortfolioMemberships memberships;

	private final EvidenceService evidence;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DirectoryService(MentorListings listings, MentorRequests requests, PortfolioService portfolios,
			PortfolioAccess access, PortfolioMemberships memberships, EvidenceService evidence, AccessLog accessLog,
			ApplicationEventPublisher events, Clock clock) {
		this.listings = listings;
		this.requests = requests;
		this.portfolios = portfolios;
		this.access = access;
		this.memberships = memberships;
		this.evidence = evidence;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	/** What a mentor says about themselves. */
	public record ListingDetails(Region region, Sector sector, int capacity, String introduction) {
	}

	/** The person's own listing, as its edit form and the directory page show it. */
	record MyListing(long id, Region region, Sector sector, int capacity, String introduction, boolean active,
			int activeMentees, long version) {

		public boolean full() {
			return this.activeMentees >= this.capacity;
		}

	}

	/** A mentor as candidates see them in the directory. */
	record MentorCard(long listingId, String name, Region region, Sector sector, int capacity, int activeMentees,
			String introduction, boolean otherSector) {

		public int placesLeft() {
			return this.capacity - this.activeMentees;
		}

	}

	/** The directory page: mentors with room, those from another sector than the candidate's first. */
	record Browse(List<MentorCard> mentors, Sector mySector, Optional<MyListing> myListing, long requestsWaiting) {
	}

	/** A portfolio a request may be sent from, with the items that may go as its CV. */
	record PortfolioChoice(long id, String title, List<EvidenceSummary> cvItems) {
	}

	/** What the request form needs: the mentor, and the candidate's portfolios that may ask them. */
	record RequestChoices(MentorCard mentor, List<PortfolioChoice> portfolios) {
	}

	/** A request in the lists of its mentor and its candidate. */
	record RequestSummary(long id, String portfolioTitle, String candidateName, String mentorName,
			MentorRequest.Status status, Instant sentAt, Instant answeredAt) {

		public boolean open() {
			return this.status == MentorRequest.Status.OPEN;
		}

	}

	record Requests(List<RequestSummary> incoming, List<RequestSummary> sent) {
	}

	/** One request as its mentor or its candidate reads it; the mentor sees the CV while it is open. */
	record RequestDetails(RequestSummary summary, long portfolioId, Sector candidateSector, String message,
			boolean forMentor, List<EvidenceService.SharedFile> cvFiles) {
	}

	// Listings

	@Transactional(readOnly = true)
	Optional<MyListing> myListing(SignedInUser user) {
		return this.listings.findByAccountId(user.id()).map((listing) -> mine(listing,
				this.memberships.activeMenteeCounts(List.of(user.id())).getOrDefault(user.id(), 0)));
	}

	/**
	 * Lists the person as a mentor, or saves their listing. {@code expectedVersion} is the version the
	 * form was opened at (ignored for a first listing); a listing saved since is not overwritten.
	 */
	@Transactional
	public void saveListing(SignedInUser user, ListingDetails details, long expectedVersion) {
		Instant now = this.clock.instant();
		Optional<MentorListing> existing = this.listings.findByAccountId(user.id());
		if (existing.isEmpty()) {
			this.listings.save(new MentorListing(user.id(), user.getDisplayName(), details.region(), details.sector(),
					details.capacity(), details.introduction(), now));
			return;
		}
		MentorListing listing = existing.get();
		if (listing.getVersion() != expectedVersion) {
			throw new StaleEditException(listing.getVersion());
		}
		listing.describe(user.getDisplayName(), details.region(), details.sector(), details.capacity(),
				details.introduction(), now);
	}

	@Transactional
	void pause(SignedInUser user) {
		ownListing(user).pause(this.clock.instant());
	}

	@Transactional
	void resume(SignedInUser user) {
		ownListing(user).resume(this.clock.instant());
	}

	/** Takes the listing out of the directory for good; requests already sent can still be answered. */
	@Transactional
	void remove(SignedInUser user) {
		this.listings.delete(ownListing(user));
	}

	private MentorListing ownListing(SignedInUser user) {
		return this.listings.findByAccountId(user.id()).orElseThrow(() -> new DirectoryProblem("directory.listing.none"));
	}

	// Browsing

	/**
	 * Active listings of others who still have room, filtered by region and sector (null for any). With
	 * the candidate's sector known (given, or that of their own listing), mentors from another sector
	 * come first. Four queries, however many mentors there are.
	 */
	@Transactional(readOnly = true)
	Browse browse(SignedInUser user, Region region, Sector sector, Sector candidateSector) {
		Optional<MentorListing> own = this.listings.findByAccountId(user.id());
		Sector mine = (candidateSector != null) ? candidateSector : own.map(MentorListing::getSector).orElse(null);
		List<MentorListing> found = this.listings.findActive(region, sector, user.id());
		List<Long> ids = new ArrayList<>(found.stream().map(MentorListing::getAccountId).toList());
		own.ifPresent((listing) -> ids.add(listing.getAccountId()));
		Map<Long, Integer> mentees = this.memberships.activeMenteeCounts(ids);
		List<MentorCard> cards = found.stream()
			.map((listing) -> card(listing, mentees.getOrDefault(listing.getAccountId(), 0), mine))
			.filter((card) -> card.placesLeft() > 0)
			.sorted(Comparator.comparing((MentorCard card) -> !card.otherSector()))
			.toList();
		return new Browse(cards, mine, own.map((listing) -> mine(listing, mentees.getOrDefault(user.id(), 0))),
				this.requests.countByMentorIdAndStatus(user.id(), MentorRequest.Status.OPEN));
	}

	/** The person's own portfolios, whose People pages invite someone they already know. */
	@Transactional(readOnly = true)
	List<org.chartfolio.portfolio.PortfolioSummary> ownPortfolios(SignedInUser user) {
		return this.portfolios.portfoliosOf(user);
	}

	/** Whether the candidate has asked a listed mentor and waits for the answer, for the first steps. */
	@Transactional(readOnly = true)
	public boolean mentorRequested(SignedInUser owner, long portfolioId) {
		long id = this.access.writable(owner, portfolioId).id();
		return this.requests.existsByPortfolioIdAndStatus(id, MentorRequest.Status.OPEN);
	}

	/** How many open requests wait for the person's answer, for a link from the home page. */
	@Transactional(readOnly = true)
	public long requestsWaiting(SignedInUser user) {
		return this.requests.countByMentorIdAndStatus(user.id(), MentorRequest.Status.OPEN);
	}

	// Requests

	/**
	 * The mentor and the candidate's portfolios that may ask them: without an active mentor, and
	 * without an open request to this mentor. A paused, full, removed or own listing is not found.
	 */
	@Transactional(readOnly = true)
	RequestChoices requestChoices(SignedInUser user, long listingId) {
		MentorListing listing = available(user, listingId);
		MentorCard mentor = card(listing, menteesOf(listing), null);
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
			request = this.requests.saveAndFlush(new MentorRequest(portfolio.id(), portfolio.title(), user.id(),
					user.getDisplayName(), candidateSector, listing.getAccountId(), listing.getMentorName(), cvEvidenceId,
					message, now));
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
				this.requests.findByMentorIdOrderBySentAtDescIdDesc(user.id()).stream().map(DirectoryService::summary).toList(),
				this.requests.findByCandidateIdOrderBySentAtDescIdDesc(user.id())
					.stream()
					.map(DirectoryService::summary)
					.toList());
	}

	@Transactional(readOnly = true)
	RequestDetails request(SignedInUser user, long requestId) {
		MentorRequest request = concerning(user, requestId);
		boolean forMentor = request.getMentorId() == user.id();
		List<EvidenceService.SharedFile> cv = (forMentor && request.isOpen())
				? this.evidence.filesOf(user, request.getPortfolioId(), request.getCvEvidenceId()) : List.of();
		return new RequestDetails(summary(request), request.getPortfolioId(), request.getCandidateSector(),
				request.getMessage(), forMentor, cv);
	}

	/** A file of the CV item, for the mentor the request is addressed to, while it is open. */
	@Transactional(readOnly = true)
	EvidenceService.SharedDownload cv(SignedInUser user, long requestId, long fileId) {
		MentorRequest request = addressedTo(user, requestId);
		if (!request.isOpen()) {
			throw new MentorRequestNotFoundException(requestId);
		}
		return this.evidence.openFile(user, request.getPortfolioId(), request.getCvEvidenceId(), fileId)
			.orElseThrow(() -> new MentorRequestNotFoundException(requestId));
	}

	/**
	 * The mentor accepts and becomes the portfolio's mentor. When the portfolio module refuses (it has
	 * a mentor already, the mentor is its line manager), nothing changes and the reason is given.
	 */
	@Transactional
	long accept(SignedInUser user, long requestId) {
		MentorRequest request = addressedTo(user, requestId);
		Instant now = this.clock.instant();
		// A mentor whose listing is full takes nobody more, even from a request sent while there was room.
		this.listings.findByAccountId(user.id())
			.filter((listing) -> request.isOpen() && menteesOf(listing) >= listing.getCapacity())
			.ifPresent((full) -> {
				throw new DirectoryProblem("directory.request.refused.full");
			});
		request.accept(user.id(), now);
		try {
			this.memberships.join(request.getPortfolioId(), user, PortfolioRole.MENTOR);
		}
		catch (MembershipRefusedException refused) {
			throw new DirectoryProblem("access.refused.roleTaken".equals(refused.messageKey())
					? "directory.request.refused.roleTaken" : refused.messageKey());
		}
		this.accessLog.mentorAcceptedRequest(request.getPortfolioId(), user.getDisplayName(),
				request.getCandidateName(), now);
		publish(MentorRequestEvent.Kind.ACCEPTED, request, now);
		// The portfolio has its mentor: its requests to anybody else are withdrawn, and they hear so.
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
			.orElseThrow(() -> new DirectoryProblem("directory.mentor.unavailable"));
	}

	private int menteesOf(MentorListing listing) {
		return this.memberships.activeMenteeCounts(List.of(listing.getAccountId())).getOrDefault(listing.getAccountId(),
				0);
	}

	private void publish(MentorRequestEvent.Kind kind, MentorRequest request, Instant now) {
		this.events.publishEvent(new MentorRequestEvent(kind, request.getId(), request.getPortfolioId(),
				request.getCandidateId(), request.getMentorId(), now));
	}

	private static MentorCard card(MentorListing listing, int mentees, Sector candidateSector) {
		return new MentorCard(listing.getId(), listing.getMentorName(), listing.getRegion(), listing.getSector(),
				listing.getCapacity(), mentees, listing.getIntroduction(),
				candidateSector != null && listing.getSector() != candidateSector);
	}

	private static MyListing mine(MentorListing listing, int mentees) {
		return new MyListing(listing.getId(), listing.getRegion(), listing.getSector(), listing.getCapacity(),
				listing.getIntroduction(), listing.isActive(), mentees, listing.getVersion());
	}

	private static RequestSummary summary(MentorRequest request) {
		return new RequestSummary(request.getId(), request.getPortfolioTitle(), request.getCandidateName(),
				request.getMentorName(), request.getStatus(), request.getSentAt(), request.getAnsweredAt());
	}

}
