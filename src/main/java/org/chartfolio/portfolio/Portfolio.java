package org.chartfolio.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.portfolio.PortfolioService.NewPortfolio;
import org.chartfolio.system.VersionedEntity;

/**
 * A candidate's portfolio for one route. Opening it lays out its sections from the route,
 * so a later change to the route's definition never reshapes a portfolio already under
 * way.
 */
@Entity
@Table(name = "portfolio")
@Getter(AccessLevel.PACKAGE)
class Portfolio extends VersionedEntity {

	static final int MAX_TITLE_LENGTH = 200;

	@Column(updatable = false)
	private long ownerId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "route_id", updatable = false)
	private Route route;

	private String title;

	private LocalDate targetDate;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@OneToMany(mappedBy = "portfolio", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Section> sections = new ArrayList<>();

	/** Set on a submitted copy: it is frozen from then on. */
	@Column(updatable = false, insertable = false)
	private Instant submittedAt;

	protected Portfolio() {
	}

	static Portfolio open(long ownerId, Route route, NewPortfolio request, Instant now) {
		Portfolio portfolio = new Portfolio();
		portfolio.ownerId = ownerId;
		portfolio.route = route;
		portfolio.title = checkedTitle(request.title());
		portfolio.targetDate = request.targetDate();
		portfolio.createdAt = now;
		portfolio.updatedAt = now;
		int position = 1;
		if (route.getStatementMode() == Route.StatementMode.SINGLE || route.getCriteria().isEmpty()) {
			portfolio.sections.add(new Section(portfolio, position++, SectionKind.STATEMENT, null, null, now));
		}
		else {
			for (Criterion criterion : route.getCriteria()) {
				portfolio.sections.add(new Section(portfolio, position++, SectionKind.STATEMENT, criterion,
						criterion.getHeading(), now));
			}
		}
		for (SectionKind part : route.getParts()) {
			portfolio.sections.add(new Section(portfolio, position++, part, null, null, now));
		}
		return portfolio;
	}

	void retitle(String newTitle, LocalDate newTargetDate, Instant now) {
		this.title = checkedTitle(newTitle);
		this.targetDate = newTargetDate;
		this.updatedAt = now;
	}

	boolean isOwnedBy(long accountId) {
		return this.ownerId == accountId;
	}

	private static String checkedTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A portfolio needs a title");
		}
		String stripped = title.strip();
		if (stripped.length() > MAX_TITLE_LENGTH) {
			throw new IllegalArgumentException("A title has at most " + MAX_TITLE_LENGTH + " characters");
		}
		return stripped;
	}

	List<Section> getSections() {
		return Collections.unmodifiableList(this.sections);
	}

}
