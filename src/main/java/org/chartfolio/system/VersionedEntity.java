package org.chartfolio.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The id the database gives an entity and the version Hibernate checks on every update
 * (columns {@code id} and {@code version}); an entity edited from a form also refuses,
 * with {@link #requireVersion}, an edit made from another version than the one saved now.
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
