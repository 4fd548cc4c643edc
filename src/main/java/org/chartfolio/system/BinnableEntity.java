package org.chartfolio.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import lombok.Getter;

/**
 * A {@link VersionedEntity} that is deleted by moving it to the {@link Bin}, where it
 * keeps everything and from where it can be restored. It knows when it was made, last
 * changed and moved to the bin: the columns {@code created_at}, {@code updated_at} and
 * {@code deleted_at} (null while it is not in the bin).
 */
@MappedSuperclass
@Getter
public abstract class BinnableEntity extends VersionedEntity {

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	private Instant deletedAt;

	protected BinnableEntity() {
	}

	/** Made now, so also last changed now. */
	protected BinnableEntity(Instant now) {
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Notes a change made at {@code now}. */
	protected void changed(Instant now) {
		this.updatedAt = now;
	}

	/** Moves it to the bin; moving it again keeps the first time. */
	public void moveToBin(Instant now) {
		if (this.deletedAt == null) {
			this.deletedAt = now;
			this.updatedAt = now;
		}
	}

	/**
	 * Brings it back from the bin with everything it held; one that is not in the bin
	 * stays as it is.
	 */
	public void restore(Instant now) {
		if (this.deletedAt != null) {
			this.deletedAt = null;
			this.updatedAt = now;
		}
	}

	public boolean isInBin() {
		return this.deletedAt != null;
	}

}
