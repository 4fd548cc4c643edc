package org.chartfolio.assessment;

import java.time.LocalDate;
import java.util.List;

import org.chartfolio.evidence.EvidenceService.SharedFile;
import org.chartfolio.readiness.GlossaryService.Abbreviation;
import org.chartfolio.writing.EvidenceMap;
import org.chartfolio.writing.WritingService.ExportedCitation;
import org.chartfolio.writing.WritingService.ExportedPart;

/**
 * A submitted copy as the assessors read it in the browser: one page whose links are all
 * anchors in that page (a citation {@code #evidence-N}, an item's way back
 * {@code #section-S-para-N}) or the link's own file and PDF addresses, so every item is
 * one click from each citation and back.
 */
record WebEdition(String candidate, String title, String route, String postNominals, LocalDate submittedOn,
		List<Abbreviation> abbreviations, List<ExportedPart> written, List<ExportedPart> statements, List<Item> items,
		List<PksbRow> pksb, List<PksbReflection> pksbReflections,
		List<Goal> goals) implements EvidenceMap<WebEdition.Item> {

	/**
	 * How the page shows a file: an image in the page, text in the page, a PDF opened in
	 * the browser's own viewer, anything else downloaded.
	 */
	enum Shown {

		IMAGE, TEXT, PDF, DOWNLOAD;

		/**
		 * The readiness check of clicks asks the same question
		 * ({@link SharedFile#showsInAPage(String)}).
		 */
		static Shown of(String contentType) {
			if (SharedFile.showsInAPage(contentType)) {
				return contentType.startsWith("image/") ? IMAGE : TEXT;
			}
			return "application/pdf".equals(contentType) ? PDF : DOWNLOAD;
		}

	}

	/**
	 * {@code text} is the file's text for a text file (cut at
	 * {@link WebEditions#TEXT_SHOWN} characters), else null.
	 */
	record File(long evidenceId, long fileId, String name, String contentType, String readableSize, Shown shown,
			String text, boolean cut) {

		public boolean image() {
			return this.shown == Shown.IMAGE;
		}

		public boolean textFile() {
			return this.shown == Shown.TEXT;
		}

		public boolean pdf() {
			return this.shown == Shown.PDF;
		}

	}

	record Item(int number, String title, String kindKey, LocalDate date, String description, String reflection,
			String link, List<String> tags, List<ExportedCitation> citations,
			List<File> files) implements EvidenceMap.CitedItem {
	}

	record PksbRow(String name, Integer start, Integer now, Integer target, Integer end, String comment) {
	}

	/**
	 * The end reflection on a PKSB area; {@code text} is null where the candidate wrote
	 * none.
	 */
	record PksbReflection(String area, String text) {
	}

	record Goal(String title, String statusKey, LocalDate targetDate, String reason, String actions, String outcome,
			LocalDate completedOn, List<Integer> evidence) {
	}

}
