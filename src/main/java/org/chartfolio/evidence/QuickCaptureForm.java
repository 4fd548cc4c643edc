package org.chartfolio.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chartfolio.system.PlainText;

import org.springframework.web.multipart.MultipartFile;

/** The quick capture form: a title and a file or a note, and the page to go back to. */
class QuickCaptureForm {

	@NotBlank(message = "{evidence.title.required}")
	@Size(max = EvidenceItem.MAX_TITLE_LENGTH, message = "{evidence.title.tooLong}")
	@PlainText
	private String title;

	@Size(max = EvidenceItem.MAX_TEXT_LENGTH, message = "{evidence.description.tooLong}")
	private String note;

	private MultipartFile file;

	private String returnTo;

	boolean hasFileOrNote() {
		return (this.file != null && !this.file.isEmpty()) || (this.note != null && !this.note.isBlank());
	}

	/** Where to go after saving: the page the form was on when that is a portfolio page, else the list. */
	String safeReturnTo(long portfolioId) {
		String fallback = "/portfolios/" + portfolioId + "/evidence";
		String target = this.returnTo;
		if (target == null || !target.startsWith("/portfolios/") || target.contains("//") || target.contains("\\")
				|| target.contains("..") || target.contains("#") || target.chars().anyMatch(Character::isISOControl)
				|| !target.matches("[A-Za-z0-9/_\\-.?=&%]+")) {
			return fallback;
		}
		return target;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getReturnTo() {
		return this.returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

}
