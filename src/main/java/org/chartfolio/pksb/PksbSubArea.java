package org.chartfolio.pksb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;

/**
 * A sub-area of an area, imported by an administrator; its code is unique within the
 * area.
 */
@Entity
@Table(name = "pksb_sub_area")
@Getter(AccessLevel.PACKAGE)
class PksbSubArea extends IdentifiedEntity {

	static final int MAX_CODE_LENGTH = 20;

	static final int MAX_NAME_LENGTH = 300;

	@Column(updatable = false)
	private long areaId;

	private int position;

	@Column(updatable = false)
	private String code;

	private String name;

	protected PksbSubArea() {
	}

	PksbSubArea(long areaId, int position, String code, String name) {
		this.areaId = areaId;
		this.position = position;
		this.code = code;
		this.name = name;
	}

	void rename(int newPosition, String newName) {
		this.position = newPosition;
		this.name = newName;
	}

}
