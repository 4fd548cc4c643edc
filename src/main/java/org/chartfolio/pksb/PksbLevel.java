package org.chartfolio.pksb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;

/** One level of a framework's rating scale, such as "2 Good knowledge or skills". */
@Entity
@Table(name = "pksb_level")
class PksbLevel extends IdentifiedEntity {

	static final int MAX_LEVEL = 10;

	static final int MAX_LABEL_LENGTH = 120;

	@Column(updatable = false)
	private long frameworkId;

	@Getter(AccessLevel.PACKAGE)
	private int level;

	@Getter(AccessLevel.PACKAGE)
	private String label;

	protected PksbLevel() {
	}

	PksbLevel(long frameworkId, int level, String label) {
		this.frameworkId = frameworkId;
		this.level = level;
		this.label = label;
	}

}
