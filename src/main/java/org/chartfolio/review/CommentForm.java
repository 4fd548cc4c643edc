package org.chartfolio.review;

/** A new thread's first comment, or a reply; a new thread may quote a paragraph (from 1). */
class CommentForm {

	private String body;

	private Integer paragraph;

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
