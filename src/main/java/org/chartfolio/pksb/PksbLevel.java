package org.chartfolio.pksb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One level of the rating scale, such as "2 Good knowledge or skills". */
@Entity
@Table(name = "pksb_level")
class PksbLevel {

	static final int MAX_LEVEL = 10;

	static final int MAX_LABEL_LENGTH = 120;

	@Id
	private Integer level;

	@Column(nullable = false)
	private String label;

	protected PksbLevel() {
	}

	PksbLevel(int level, String label) {
		this.level = level;
		this.label = label;
	}

	int getLevel() {
		return this.level;
	}

	String getLabel() {
		return this.label;
	}

}
