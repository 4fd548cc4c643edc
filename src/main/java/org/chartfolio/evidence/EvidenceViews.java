package org.chartfolio.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * What the evidence pages show; built by {@link EvidenceService} in a fixed number of
 * queries.
 */
final class EvidenceViews {

	private EvidenceViews() {
	}

	/** Which items the list shows; every part may be absent. */
	record Filter(EvidenceKind kind, String tag, boolean notCited, Integer criterion) {

		public boolean usesCitations() {
			return this.notCited || this.criterion != null;
		}

	}

	record ListItem(long id, int number, String title, EvidenceKind kind, LocalDate activityDate, List<String> tags,
			List<EvidenceFileView> files) {

		public String label() {
			return "E" + this.number;
		}

		/** The first image with a thumbnail, or null. */
		public EvidenceFileView thumbnail() {
			return this.files.stream().filter(EvidenceFileView::hasThumbnail).findFirst().orElse(null);
		}

	}

	/** One page of the list, with what the filter form offers. */
	record ListPage(List<ListItem> items, int page, int totalPages, long totalItems, List<String> tags,
			List<CriterionChoice> criteria) {

		public boolean hasPrevious() {
			return this.page > 0;
		}

		public boolean hasNext() {
			return this.page + 1 < this.totalPages;
		}

	}

	record CriterionChoice(int number, String title) {
	}

	record Details(long id, int number, String title, EvidenceKind kind, LocalDate activityDate, String description,
			String reflection, String link, List<String> tags, List<EvidenceFileView> files,
			List<CitationLookup.Citation> citations, long version) {

		public String label() {
			return "E" + this.number;
		}

		/** Only http and https links are shown as links: never javascript: or data:. */
		public boolean isWebLink() {
			String lower = (this.link != null) ? this.link.strip().toLowerCase(java.util.Locale.ROOT) : "";
			return lower.startsWith("https://") || lower.startsWith("http://");
		}

	}

	/** A file's contents on their way to the browser; the caller closes the stream. */
	record Download(String name, String contentType, long size, java.io.InputStream content) {

		public boolean isImage() {
			return this.contentType.startsWith("image/");
		}

	}

}
