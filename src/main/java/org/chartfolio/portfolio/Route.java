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

	@Getter(AccessLevel.PACKAGE)
	private String code;

	@Getter(AccessLevel.PACKAGE)
	private String name;

	@Getter(AccessLevel.PACKAGE)
	private String postNominals;

	@Getter(AccessLevel.PACKAGE)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Getter(AccessLevel.PACKAGE)
	private StatementMode statementMode;

	@Getter(AccessLevel.PACKAGE)
	private int statementWordLimit;

	@Getter(AccessLevel.PACKAGE)
	private Integer cpdHoursRequired;

	@Getter(AccessLevel.PACKAGE)
	private Integer cpdPeriodMonths;

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
	@Column(name = "kind")
	@Getter(AccessLevel.PACKAGE)
	private List<SectionKind> parts = new ArrayList<>();

	protected Route() {
	}

}
