package org.chartfolio.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.directory.DirectoryService.ListingDetails;
import org.chartfolio.system.VersionedEntity;

/**
 * Somebody's offer to mentor: where, in which sector, how many mentees at once. A paused
 * listing is hidden from candidates until its mentor resumes it.
 */
@Entity
@Table(name = "mentor_listing")
class MentorListing extends VersionedEntity {

	static final int MIN_CAPACITY = 1;

	static final int MAX_CAPACITY = 10;

	static final int MAX_INTRODUCTION = 1000;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long accountId;

	@Getter(AccessLevel.PACKAGE)
	private String mentorName;

	@Enumerated(EnumType.STRING)
	@Getter(AccessLevel.PACKAGE)
	private Region region;

	@Enumerated(EnumType.STRING)
	@Getter(AccessLevel.PACKAGE)
	private Sector sector;

	@Getter(AccessLevel.PACKAGE)
	private int capacity;

	@Getter(AccessLevel.PACKAGE)
	private String introduction;

	@Getter(AccessLevel.PACKAGE)
	private boolean active;

	private Instant updatedAt;

	protected MentorListing() {
	}

	MentorListing(long accountId, String mentorName, ListingDetails details, Instant now) {
		this.accountId = accountId;
		this.active = true;
		describe(mentorName, details, now);
	}

	/**
	 * Refuses what no form should let through: no region or sector, a capacity out of 1
	 * to 10.
	 */
	void describe(String mentorName, ListingDetails details, Instant now) {
		Region region = details.region();
		Sector sector = details.sector();
		int capacity = details.capacity();
		String introduction = details.introduction();
		if (region == null || sector == null) {
			throw new IllegalArgumentException("A listing needs a region and a sector");
		}
		if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
			throw new IllegalArgumentException("A mentor takes between 1 and 10 mentees, not " + capacity);
		}
		String text = (introduction != null) ? introduction.strip() : "";
		if (text.isEmpty() || text.length() > MAX_INTRODUCTION) {
			throw new IllegalArgumentException("An introduction has 1 to 1000 characters");
		}
		this.mentorName = mentorName;
		this.region = region;
		this.sector = sector;
		this.capacity = capacity;
		this.introduction = text;
		this.updatedAt = now;
	}

	void pause(Instant now) {
		this.active = false;
		this.updatedAt = now;
	}

	void resume(Instant now) {
		this.active = true;
		this.updatedAt = now;
	}

}
