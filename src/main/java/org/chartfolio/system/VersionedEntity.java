package org.chartfolio.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every entity edited from a form has: the id the database gives it, and the version
 * that refuses an edit made from another version of it than the one saved now. Its
 * columns are {@code id} and {@code version}.
 */
@MappedSuperclass
public abstract class VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	protected VersionedEntity() {
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Refuses an edit made from another version of this thing than the one saved now
	 * ({@link StaleEditException}).
	 */
	public void requireVersion(Long expected) {
		StaleEditException.unlessAt(this.version, expected);
	}

}
