package org.chartfolio.pksb;

import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/** The candidate's rating of one item: now, the target, and how they will show it. */
@Getter
@Setter
class RatingForm {

	private Integer currentLevel;

	private Integer targetLevel;

	@Size(max = PksbRating.MAX_COMMENT_LENGTH, message = "{pksb.comment.tooLong}")
	private String comment = "";

	private long version;

	static RatingForm of(PksbView.Row row) {
		RatingForm form = new RatingForm();
		form.currentLevel = row.now();
		form.targetLevel = row.target();
		form.comment = row.comment();
		form.version = row.version();
		return form;
	}

	PksbService.RatingEdit toEdit() {
		return new PksbService.RatingEdit(this.currentLevel, this.targetLevel, this.comment, this.version);
	}

}
