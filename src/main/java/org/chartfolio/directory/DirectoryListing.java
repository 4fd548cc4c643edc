package org.chartfolio.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.directory.DirectoryService.Browse;
import org.chartfolio.directory.DirectoryService.ListingDetails;
import org.chartfolio.directory.DirectoryService.MentorCard;
import org.chartfolio.directory.DirectoryService.MyListing;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.system.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's listing as a mentor (kept, paused, resumed, removed), and the directory of
 * others' listings as candidates browse it. Anybody signed in keeps one listing of their
 * own; candidates see the active listings of others who still have room.
 */
@Service
@RequiredArgsConstructor
class DirectoryListing {

	private final MentorListings listings;

	private final MentorRequests requests;

	private final PortfolioService portfolios;

	private final PortfolioMemberships memberships;

	private final Clock clock;

	@Transactional(readOnly = true)
	Optional<MyListing> myListing(SignedInUser user) {
		return this.listings.findByAccountId(user.id())
			.map((listing) -> MyListing.of(listing,
					this.memberships.activeMenteeCounts(List.of(user.id())).getOrDefault(user.id(), 0)));
	}

	/**
	 * Lists the person as a mentor, or saves their listing. {@code expectedVersion} is
	 * the version the form was opened at (ignored for a first listing); a listing saved
	 * since is not overwritten.
	 */
	@Transactional
	void saveListing(SignedInUser user, ListingDetails details, long expectedVersion) {
		Instant now = this.clock.instant();
		Optional<MentorListing> existing = this.listings.findByAccountId(user.id());
		if (existing.isEmpty()) {
			this.listings.save(new MentorListing(user.id(), user.getDisplayName(), details, now));
			return;
		}
		MentorListing listing = existing.get();
		listing.requireVersion(expectedVersion);
		listing.describe(user.getDisplayName(), details, now);
	}

	@Transactional
	void pause(SignedInUser user) {
		ownListing(user).pause(this.clock.instant());
	}

	@Transactional
	void resume(SignedInUser user) {
		ownListing(user).resume(this.clock.instant());
	}

	/**
	 * Takes the listing out of the directory for good; requests already sent can still be
	 * answered.
	 */
	@Transactional
	void remove(SignedInUser user) {
		this.listings.delete(ownListing(user));
	}

	private MentorListing ownListing(SignedInUser user) {
		return this.listings.findByAccountId(user.id()).orElseThrow(() -> new Refusal("directory.listing.none"));
	}

	/**
	 * Active listings of others who still have room, filtered by region and sector (null
	 * for any). With the candidate's sector known (given, or that of their own listing),
	 * mentors from another sector come first. Four queries, however many mentors there
	 * are.
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
			.map((listing) -> MentorCard.of(listing, mentees.getOrDefault(listing.getAccountId(), 0), mine))
			.filter((card) -> card.placesLeft() > 0)
			.sorted(Comparator.comparing((MentorCard card) -> !card.otherSector()))
			.toList();
		return new Browse(cards, mine, own.map((listing) -> MyListing.of(listing, mentees.getOrDefault(user.id(), 0))),
				this.requests.countByMentorIdAndStatus(user.id(), MentorRequest.Status.OPEN));
	}

	/**
	 * The person's own portfolios, whose People pages invite someone they already know.
	 */
	@Transactional(readOnly = true)
	List<PortfolioSummary> ownPortfolios(SignedInUser user) {
		return this.portfolios.portfoliosOf(user);
	}

}
