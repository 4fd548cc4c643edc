package org.chartfolio.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written sections a candidate shares with their line manager. Only the candidate
 * shares or stops sharing; who may then read a section is
 * {@link PortfolioAccess#sectionReadable}.
 */
@Service
@RequiredArgsConstructor
public class SectionSharing {

	private final Portfolios portfolios;

	private final Memberships memberships;

	private final SectionShares shares;

	private final PortfolioAccess access;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Whether the portfolio has a line manager now, and which sections are shared with
	 * them.
	 */
	public record Shared(boolean lineManager, Set<Long> sectionIds) {

		public boolean contains(long sectionId) {
			return this.sectionIds.contains(sectionId);
		}

	}

	/** For anybody who sees the portfolio's progress. */
	@Transactional(readOnly = true)
	public Shared shared(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.progressVisible(user, portfolioId);
		return lineManager(portfolio.id())
			.map((manager) -> new Shared(true,
					this.shares.findByPortfolioIdAndAccountId(portfolio.id(), manager.getAccountId())
						.stream()
						.map(SectionShare::getSectionId)
						.collect(Collectors.toUnmodifiableSet())))
			.orElseGet(() -> new Shared(false, Set.of()));
	}

	/**
	 * Shares the section with the portfolio's line manager, or stops sharing it. Not
	 * found for anybody but the candidate, for a section that is not written, and when
	 * there is no line manager.
	 */
	@Transactional
	public void setShared(SignedInUser owner, long portfolioId, long sectionId, boolean shared) {
		PortfolioRef ref = this.access.writable(owner, portfolioId);
		Portfolio portfolio = this.portfolios.findWithSections(ref.id())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		Section section = portfolio.getSections()
			.stream()
			.filter((candidate) -> candidate.getId() == sectionId && candidate.getKind().isWritten())
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		Membership manager = lineManager(ref.id()).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		Optional<SectionShare> existing = this.shares.findBySectionIdAndAccountId(sectionId, manager.getAccountId());
		if (existing.isPresent() == shared) {
			return;
		}
		Instant now = this.clock.instant();
		if (shared) {
			this.shares.save(SectionShare.of(section, manager, now));
		}
		else {
			this.shares.delete(existing.get());
		}
		this.events.publishEvent(new SectionSharingChanged(ref.id(), sectionId, section.getKind(),
				PortfolioService.view(section).title(), shared, this.accounts.displayNameOf(owner.id()).orElse(""),
				this.accounts.displayNameOf(manager.getAccountId()).orElse(""), now, ref.title(),
				manager.getAccountId()));
	}

	private Optional<Membership> lineManager(long portfolioId) {
		return this.memberships.findByPortfolioIdAndEndedAtIsNullOrderByStartedAt(portfolioId)
			.stream()
			.filter((membership) -> membership.getRole() == PortfolioRole.LINE_MANAGER)
			.findFirst();
	}

}
