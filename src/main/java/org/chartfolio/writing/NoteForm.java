package org.chartfolio.writing;

import lombok.Getter;
import lombok.Setter;

/** What a cited item shows in this section, in the candidate's words. */
@Getter
@Setter
class NoteForm {

	private String note = "";

}
