package org.chartfolio.writing;

/** What a cited item shows in this section, in the candidate's words. */
class NoteForm {

	private String note = "";

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
