package org.chartfolio.review;

/**
 * A new thread's first comment, or a reply; a new thread may quote a paragraph (from 1),
 * or only some of its words.
 */
class CommentForm {

	private String body;

	private Integer paragraph;

	/**
	 * Words of the paragraph the comment is about: filled in from a selection, or typed.
	 */
	private String quote;

	/** The mentor's suggested wording for the quoted words. */
	private String suggestion;

	public String getSuggestion() {
		return this.suggestion;
	}

	public void setSuggestion(String suggestion) {
		this.suggestion = suggestion;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Integer getParagraph() {
		return this.paragraph;
	}

	public void setParagraph(Integer paragraph) {
		this.paragraph = paragraph;
	}

}
