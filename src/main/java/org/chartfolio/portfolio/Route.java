package org.chartfolio.portfolio;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.chartfolio.system.VersionedEntity;
import org.hibernate.annotations.ListIndexBase;

/**
 * A CILIP Professional Registration route, as data: its criteria, limits and required
 * parts.
 */
@Entity
@Table(name = "route")
class Route extends VersionedEntity {

	enum StatementMode {

		/** One reflective statement per assessment criterion. */
		PER_CRITERION,
		/** One short statement for the whole route. */
		SINGLE

	}

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "post_nominals")
	private String postNominals;

	@Column(nullable = false)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "statement_mode", nullable = false)
	private StatementMode statementMode;

	@Column(name = "statement_word_limit", nullable = false)
	private int statementWordLimit;

	@Column(name = "cpd_hours_required")
	private Integer cpdHoursRequired;

	@Column(name = "cpd_period_months")
	private Integer cpdPeriodMonths;

	@Column(nullable = false)
	private int position;

	@OneToMany(mappedBy = "route")
	@OrderBy("position")
	private List<Criterion> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "route_part", joinColumns = @JoinColumn(name = "route_id"))
	@OrderColumn(name = "position", nullable = false)
	@ListIndexBase(1)
	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private List<SectionKind> parts = new ArrayList<>();

	protected Route() {
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getPostNominals() {
		return this.postNominals;
	}

	String getSummary() {
		return this.summary;
	}

	StatementMode getStatementMode() {
		return this.statementMode;
	}

	int getStatementWordLimit() {
		return this.statementWordLimit;
	}

	Integer getCpdHoursRequired() {
		return this.cpdHoursRequired;
	}

	Integer getCpdPeriodMonths() {
		return this.cpdPeriodMonths;
	}

	List<Criterion> getCriteria() {
		return this.criteria;
	}

	List<SectionKind> getParts() {
		return this.parts;
	}

}
