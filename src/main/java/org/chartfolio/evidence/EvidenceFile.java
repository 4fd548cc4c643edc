package org.chartfolio.evidence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/**
 * A file of an evidence item: what was checked when it arrived. The contents are in the
 * {@link FileStore} under {@link #getContentKey()}.
 */
@Entity
@Table(name = "evidence_file")
@Immutable
class EvidenceFile extends IdentifiedEntity {

	@Getter(AccessLevel.PACKAGE)
	private long evidenceId;

	@Getter(AccessLevel.PACKAGE)
	private String originalName;

	@Getter(AccessLevel.PACKAGE)
	private String contentType;

	@Getter(AccessLevel.PACKAGE)
	private long sizeBytes;

	@Getter(AccessLevel.PACKAGE)
	private String sha256;

	@Getter(AccessLevel.PACKAGE)
	private String contentKey;

	@Getter(AccessLevel.PACKAGE)
	private byte[] thumbnail;

	private Instant createdAt;

	protected EvidenceFile() {
	}

	EvidenceFile(long evidenceId, StoredUpload upload, Instant now) {
		this.evidenceId = evidenceId;
		this.originalName = upload.name();
		this.contentType = upload.contentType();
		this.sizeBytes = upload.size();
		this.sha256 = upload.sha256();
		this.contentKey = upload.key();
		this.thumbnail = upload.thumbnail();
		this.createdAt = now;
	}

	/** A file as it arrived and was kept: the store holds its bytes under {@code key}. */
	record StoredUpload(String key, String name, String contentType, long size, String sha256, byte[] thumbnail) {
	}

}
