package org.chartfolio.pksb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One level of a framework's rating scale, such as "2 Good knowledge or skills". */
@Entity
@Table(name = "pksb_level")
class PksbLevel {

	static final int MAX_LEVEL = 10;

	static final int MAX_LABEL_LENGTH = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "framework_id", nullable = false, updatable = false)
	private long frameworkId;

	@Column(nullable = false)
	private int level;

	@Column(nullable = false)
	private String label;

	protected PksbLevel() {
	}

	PksbLevel(long frameworkId, int level, String label) {
		this.frameworkId = frameworkId;
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
