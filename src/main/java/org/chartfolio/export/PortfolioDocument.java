package org.chartfolio.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chartfolio.readiness.GlossaryService.Abbreviation;
import org.chartfolio.writing.EvidenceMap;
import org.chartfolio.writing.WritingService.ExportedCitation;
import org.chartfolio.writing.WritingService.ExportedPart;

/**
 * Everything the PDF template prints, gathered before layout starts. Files are already on
 * disk in the export's working folder: images scaled down, PDFs counted, other files
 * ready to attach.
 */
record PortfolioDocument(Cover cover, List<Abbreviation> abbreviations, List<ExportedPart> written,
		List<ExportedPart> statements, List<Item> items, Pksb pksb,
		List<Goal> goals) implements EvidenceMap<PortfolioDocument.Item> {

	/**
	 * {@code submittedOn} is the day a submitted copy was frozen, null for the live
	 * portfolio; {@code draftFails} how many readiness checks failed when it was
	 * exported, 0 when it is ready.
	 */
	record Cover(String candidate, String title, String route, String postNominals, LocalDate exportedOn,
			LocalDate submittedOn, int draftFails) {

		/** Whether every page carries the mark "Draft: N checks fail". */
		public boolean draft() {
			return this.draftFails > 0;
		}

	}

	record Item(int number, String title, String kindKey, LocalDate date, String description, String reflection,
			String link, List<String> tags, List<Integer> criteria, List<ExportedCitation> citations,
			List<Image> images, List<AppendedPdf> pdfs, List<Attachment> attachments) implements EvidenceMap.CitedItem {

		/**
		 * Whether nothing of the item needs room of its own (no photo, no pages after
		 * it): such items share a page with the items before them rather than each
		 * leaving a nearly blank page.
		 */
		public boolean compact() {
			return this.images.isEmpty() && this.pdfs.isEmpty();
		}

	}

	/**
	 * Whether the item at {@code index} may follow the one before it on the same page.
	 */
	public boolean followsOnSamePage(int index) {
		return index > 0 && this.items.get(index).compact() && this.items.get(index - 1).compact();
	}

	/**
	 * An image scaled down and kept in the working folder; {@code src} is its file URI.
	 */
	record Image(String name, String src) {
	}

	/**
	 * A PDF whose pages follow its item; the template leaves one empty page per page,
	 * filled in afterwards, each headed by its running label. {@code printed} is true for
	 * a text or Office file made into PDF pages.
	 */
	record AppendedPdf(long fileId, String name, int pages, java.nio.file.Path path, boolean printed) {

		public String anchor(int page) {
			return "append-" + this.fileId + "-" + page;
		}

	}

	/**
	 * A file that is neither an image nor a readable PDF: listed, and attached to the
	 * PDF.
	 */
	record Attachment(long fileId, String name, String contentType, String readableSize, java.nio.file.Path path) {
	}

	/**
	 * {@code reflections}: the end reflection on each area chosen, null text while not
	 * written.
	 */
	record Pksb(String framework, List<PksbRow> rows, List<ChartBand> chart, int max, boolean endIsNow,
			List<Reflection> reflections) {
	}

	record Reflection(String area, String text) {
	}

	record PksbRow(String name, Integer start, Integer now, Integer target, Integer end, String comment) {
	}

	record ChartBand(String area, List<ChartBar> bars) {
	}

	/**
	 * One bar: {@code kind} is start, end or target; {@code percent} its length against
	 * the scale's top.
	 */
	record ChartBar(String kind, BigDecimal value, int percent) {
	}

	record Goal(String title, String statusKey, LocalDate targetDate, String reason, String actions, String outcome,
			LocalDate completedOn, List<Integer> evidence) {
	}

}
