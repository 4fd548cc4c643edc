package org.chartfolio.system;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import lombok.Getter;

/**
 * An {@link IdentifiedEntity} with the version Hibernate checks on every update (column
 * {@code version}); an entity edited from a form also refuses, with
 * {@link #requireVersion}, an edit made from another version than the one saved now.
 */
@MappedSuperclass
@Getter
public abstract class VersionedEntity extends IdentifiedEntity {

	@Version
	private long version;

	protected VersionedEntity() {
	}

	/**
	 * Refuses an edit made from another version of this thing than the one saved now
	 * ({@link StaleEditException}).
	 */
	public void requireVersion(Long expected) {
		StaleEditException.unlessAt(this.version, expected);
	}

}
