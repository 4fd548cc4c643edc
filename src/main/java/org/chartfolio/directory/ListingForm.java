package org.chartfolio.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/** The form a mentor lists themselves with, and edits their listing with. */
@Getter
@Setter
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

}
