package org.chartfolio.portfolio;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;

/**
 * One assessment criterion of a route. Its heading does not count towards the word limit.
 */
@Entity
@Table(name = "route_criterion")
class Criterion extends IdentifiedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "route_id")
	private Route route;

	@Getter(AccessLevel.PACKAGE)
	private int position;

	@Getter(AccessLevel.PACKAGE)
	private String heading;

	@Getter(AccessLevel.PACKAGE)
	private String description;

	protected Criterion() {
	}

}
