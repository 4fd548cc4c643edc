package org.chartfolio.writing;

/**
 * The editor's form: the text as typed and the version of the saved text it started from.
 */
class TextForm {

	private String body = "";

	private long version;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
