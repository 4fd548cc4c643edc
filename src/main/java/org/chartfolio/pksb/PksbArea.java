package org.chartfolio.pksb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One area of the framework. The areas are facts shipped by a migration; nobody edits them here. */
@Entity
@Table(name = "pksb_area")
class PksbArea {

	@Id
	private Long id;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(name = "grouping", nullable = false)
	private AreaGroup group;

	@Column(nullable = false)
	private String name;

	protected PksbArea() {
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	AreaGroup getGroup() {
		return this.group;
	}

	String getName() {
		return this.name;
	}

}
