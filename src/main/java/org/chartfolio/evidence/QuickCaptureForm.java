package org.chartfolio.evidence;

import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;
import org.chartfolio.system.PlainTextValidator;

import org.springframework.web.multipart.MultipartFile;

/**
 * The quick capture form: a title and a file or a note, and the page to go back to. The
 * title may be left out when a file is chosen: the file's name stands in for it, so a
 * photo taken on a phone is one tap to keep.
 */
@Getter
@Setter
class QuickCaptureForm {

	@Size(max = EvidenceItem.MAX_TITLE_LENGTH, message = "{evidence.title.tooLong}")
	@PlainText
	private String title;

	@Size(max = EvidenceItem.MAX_TEXT_LENGTH, message = "{evidence.description.tooLong}")
	private String note;

	private MultipartFile file;

	private String returnTo;

	/**
	 * The title typed, or else the chosen file's name without its extension; empty when
	 * there is neither.
	 */
	String titleOrFileName() {
		if (this.title != null && !this.title.isBlank()) {
			return this.title.strip();
		}
		String name = (this.file != null && !this.file.isEmpty()) ? this.file.getOriginalFilename() : null;
		if (name == null) {
			return "";
		}
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		String readable = PlainTextValidator.plain(stem).replaceAll("[_\\s]+", " ").strip();
		return (readable.length() > EvidenceItem.MAX_TITLE_LENGTH)
				? readable.substring(0, EvidenceItem.MAX_TITLE_LENGTH).strip() : readable;
	}

	boolean hasFileOrNote() {
		return (this.file != null && !this.file.isEmpty()) || (this.note != null && !this.note.isBlank());
	}

	/**
	 * Where to go after saving: the page the form was on when that is a portfolio page,
	 * else the list.
	 */
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

}
