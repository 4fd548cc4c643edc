package org.chartfolio.writing;

import lombok.Getter;
import lombok.Setter;

/**
 * The editor's form: the text as typed and the version of the saved text it started from.
 */
@Getter
@Setter
class TextForm {

	private String body = "";

	private long version;

}
