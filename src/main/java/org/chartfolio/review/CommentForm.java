package org.chartfolio.review;

import lombok.Getter;
import lombok.Setter;

/**
 * A new thread's first comment, or a reply; a new thread may quote a paragraph (from 1),
 * or only some of its words.
 */
@Getter
@Setter
class CommentForm {

	private String body;

	private Integer paragraph;

	/**
	 * Words of the paragraph the comment is about: filled in from a selection, or typed.
	 */
	private String quote;

	/** The mentor's suggested wording for the quoted words. */
	private String suggestion;

}
