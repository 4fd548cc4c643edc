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

import lombok.AccessLevel;
import lombok.Getter;
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
	@Getter(AccessLevel.PACKAGE)
	private String code;

	@Column(nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private String name;

	@Column(name = "post_nominals")
	@Getter(AccessLevel.PACKAGE)
	private String postNominals;

	@Column(nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "statement_mode", nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private StatementMode statementMode;

	@Column(name = "statement_word_limit", nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private int statementWordLimit;

	@Column(name = "cpd_hours_required")
	@Getter(AccessLevel.PACKAGE)
	private Integer cpdHoursRequired;

	@Column(name = "cpd_period_months")
	@Getter(AccessLevel.PACKAGE)
	private Integer cpdPeriodMonths;

	@Column(nullable = false)
	private int position;

	@OneToMany(mappedBy = "route")
	@OrderBy("position")
	@Getter(AccessLevel.PACKAGE)
	private List<Criterion> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "route_part", joinColumns = @JoinColumn(name = "route_id"))
	@OrderColumn(name = "position", nullable = false)
	@ListIndexBase(1)
	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private List<SectionKind> parts = new ArrayList<>();

	protected Route() {
	}

}
