package org.chartfolio.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form a mentor lists themselves with, and edits their listing with. */
class ListingForm {

	@NotNull(message = "{directory.listing.region.required}")
	private Region region;

	@NotNull(message = "{directory.listing.sector.required}")
	private Sector sector;

	@NotNull(message = "{directory.listing.capacity.invalid}")
	@Min(value = MentorListing.MIN_CAPACITY, message = "{directory.listing.capacity.invalid}")
	@Max(value = MentorListing.MAX_CAPACITY, message = "{directory.listing.capacity.invalid}")
	private Integer capacity;

	@NotBlank(message = "{directory.listing.introduction.required}")
	@Size(max = MentorListing.MAX_INTRODUCTION, message = "{directory.listing.introduction.tooLong}")
	private String introduction;

	private long version;

	static ListingForm of(DirectoryService.MyListing listing) {
		ListingForm form = new ListingForm();
		form.region = listing.region();
		form.sector = listing.sector();
		form.capacity = listing.capacity();
		form.introduction = listing.introduction();
		form.version = listing.version();
		return form;
	}

	DirectoryService.ListingDetails toDetails() {
		return new DirectoryService.ListingDetails(this.region, this.sector, this.capacity, this.introduction);
	}

	public Region getRegion() {
		return this.region;
	}

	public void setRegion(Region region) {
		this.region = region;
	}

	public Sector getSector() {
		return this.sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
