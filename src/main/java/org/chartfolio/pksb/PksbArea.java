package org.chartfolio.pksb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * One area of a framework. The areas are facts shipped by a migration; where a name or
 * the mapping to BS ISO 30401 is not confirmed, {@code toConfirm} says what to check, and
 * an administrator confirms the area by the framework file.
 */
@Entity
@Table(name = "pksb_area")
@Getter(AccessLevel.PACKAGE)
class PksbArea {

	static final int MAX_NAME_LENGTH = 160;

	@Id
	private Long id;

	@Column(updatable = false)
	private long frameworkId;

	private int position;

	@Enumerated(EnumType.STRING)
	@Column(name = "grouping")
	private AreaGroup group;

	private String name;

	private Boolean iso30401;

	private String toConfirm;

	protected PksbArea() {
	}

	/**
	 * An administrator's confirmation of the name and of whether the area maps to BS ISO
	 * 30401.
	 */
	void confirm(String confirmedName, boolean mapsToIso30401) {
		this.name = confirmedName;
		this.iso30401 = mapsToIso30401;
		this.toConfirm = null;
	}

}
