package org.chartfolio.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;

import org.springframework.stereotype.Service;

/**
 * The mentor directory's public face: what other modules ask of it (a listing saved for
 * the demo, the first steps' open request, the home page's waiting requests), and the
 * records its pages show.
 * <p>
 * The directory serves two aggregates, each kept by a package-private class:
 * {@link DirectoryListing} (a person's own listing, and browsing the listings of others)
 * and {@link MentorRequesting} (requests sent with a CV, accepted, declined or
 * withdrawn). A request is seen only by its candidate and the mentor it is addressed to;
 * anybody else is told it does not exist.
 */
@Service
@RequiredArgsConstructor
public class DirectoryService {

	private final DirectoryListing listing;

	private final MentorRequesting requesting;

	/** What a mentor says about themselves. */
	public record ListingDetails(Region region, Sector sector, int capacity, String introduction) {
	}

	/** The person's own listing, as its edit form and the directory page show it. */
	record MyListing(long id, Region region, Sector sector, int capacity, String introduction, boolean active,
			int activeMentees, long version) {

		static MyListing of(MentorListing listing, int mentees) {
			return new MyListing(listing.getId(), listing.getRegion(), listing.getSector(), listing.getCapacity(),
					listing.getIntroduction(), listing.isActive(), mentees, listing.getVersion());
		}

		public boolean full() {
			return this.activeMentees >= this.capacity;
		}

	}

	/** A mentor as candidates see them in the directory. */
	record MentorCard(long listingId, String name, Region region, Sector sector, int capacity, int activeMentees,
			String introduction, boolean otherSector) {

		static MentorCard of(MentorListing listing, int mentees, Sector candidateSector) {
			return new MentorCard(listing.getId(), listing.getMentorName(), listing.getRegion(), listing.getSector(),
					listing.getCapacity(), mentees, listing.getIntroduction(),
					candidateSector != null && listing.getSector() != candidateSector);
		}

		public int placesLeft() {
			return this.capacity - this.activeMentees;
		}

	}

	/**
	 * The directory page: mentors with room, those from another sector than the
	 * candidate's first.
	 */
	record Browse(List<MentorCard> mentors, Sector mySector, Optional<MyListing> myListing, long requestsWaiting) {
	}

	/** A portfolio a request may be sent from, with the items that may go as its CV. */
	record PortfolioChoice(long id, String title, List<EvidenceSummary> cvItems) {
	}

	/**
	 * What the request form needs: the mentor, and the candidate's portfolios that may
	 * ask them.
	 */
	record RequestChoices(MentorCard mentor, List<PortfolioChoice> portfolios) {
	}

	/** A request in the lists of its mentor and its candidate. */
	record RequestSummary(long id, String portfolioTitle, String candidateName, String mentorName,
			MentorRequest.Status status, Instant sentAt, Instant answeredAt) {

		static RequestSummary of(MentorRequest request) {
			return new RequestSummary(request.getId(), request.getPortfolioTitle(), request.getCandidateName(),
					request.getMentorName(), request.getStatus(), request.getSentAt(), request.getAnsweredAt());
		}

		public boolean open() {
			return this.status == MentorRequest.Status.OPEN;
		}

	}

	record Requests(List<RequestSummary> incoming, List<RequestSummary> sent) {
	}

	/**
	 * One request as its mentor or its candidate reads it; the mentor sees the CV while
	 * it is open.
	 */
	record RequestDetails(RequestSummary summary, long portfolioId, Sector candidateSector, String message,
			boolean forMentor, List<EvidenceService.SharedFile> cvFiles) {
	}

	/**
	 * Lists the person as a mentor, or saves their listing. {@code expectedVersion} is
	 * the version the form was opened at (ignored for a first listing); a listing saved
	 * since is not overwritten.
	 */
	public void saveListing(SignedInUser user, ListingDetails details, long expectedVersion) {
		this.listing.saveListing(user, details, expectedVersion);
	}

	/**
	 * Whether the candidate has asked a listed mentor and waits for the answer, for the
	 * first steps.
	 */
	public boolean mentorRequested(SignedInUser owner, long portfolioId) {
		return this.requesting.mentorRequested(owner, portfolioId);
	}

	/**
	 * How many open requests wait for the person's answer, for a link from the home page.
	 */
	public long requestsWaiting(SignedInUser user) {
		return this.requesting.requestsWaiting(user);
	}

}
