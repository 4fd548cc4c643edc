package org.chartfolio.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One part of a portfolio: a statement for a criterion, the CV, the development plan, and so on. */
@Entity
@Table(name = "section")
class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "portfolio_id", updatable = false)
	private Portfolio portfolio;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SectionKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "criterion_id", updatable = false)
	private Criterion criterion;

	/** The criterion's heading when the portfolio was opened; other kinds are named by message. */
	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SectionStatus status = SectionStatus.DRAFT;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Section() {
	}

	Section(Portfolio portfolio, int position, SectionKind kind, Criterion criterion, String title, Instant now) {
		this.portfolio = portfolio;
		this.position = position;
		this.kind = kind;
		this.criterion = criterion;
		this.title = (title != null) ? title : kind.name();
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Portfolio getPortfolio() {
		return this.portfolio;
	}

	int getPosition() {
		return this.position;
	}

	SectionKind getKind() {
		return this.kind;
	}

	Criterion getCriterion() {
		return this.criterion;
	}

	String getTitle() {
		return this.title;
	}

	SectionStatus getStatus() {
		return this.status;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
