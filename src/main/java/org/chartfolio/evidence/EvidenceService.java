package org.chartfolio.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence module's public face for those that add items of their own (the demo,
 * imports), and the records other modules receive: the details of an item, a file as it
 * is listed or downloaded, an item as the export prints it. Every call checks, through
 * {@link PortfolioAccess}, that the person may write the portfolio.
 * <p>
 * The lists and figures other modules read of a portfolio's items come from
 * {@link EvidenceReading}, and the files and exports they show from
 * {@link EvidenceSharing}; the module's own pages are read by {@link EvidencePages} and
 * its edits made by {@link EvidenceEditing}.
 */
@Service
@RequiredArgsConstructor
public class EvidenceService {

	private final EvidenceEditing editing;

	/** What describes an evidence item; everything but the title may be left empty. */
	public record EvidenceDetails(String title, EvidenceKind kind, LocalDate activityDate, String description,
			String reflection, String link, Set<String> tags) {
	}

	@Transactional
	public EvidenceSummary add(SignedInUser user, long portfolioId, EvidenceDetails details) {
		return this.editing.create(user, portfolioId, details, List.of());
	}

	/**
	 * A file to keep with new evidence: its name as given, its size, and where to read it
	 * from.
	 */
	public record IncomingFile(String name, long size, InputStreamSource content) {
	}

	/**
	 * Adds an item with its files, for other modules (the demo, imports). The files go
	 * through the same checks as an upload; a refused file refuses the whole item.
	 */
	@Transactional
	public EvidenceSummary add(SignedInUser user, long portfolioId, EvidenceDetails details, List<IncomingFile> files) {
		return this.editing.create(user, portfolioId, details,
				files.stream().map((file) -> new Upload(file.name(), file.size(), file.content())).toList());
	}

	/** A file of an item as another module lists it, without its contents. */
	public record SharedFile(long id, String name, String contentType, long size) {

		/** The size as people read it: 812 B, 14 KB, 3.2 MB. */
		public String readableSize() {
			return EvidenceFileView.readable(this.size);
		}

		/**
		 * Whether a page can show the file as it is, in the page itself: a photo or a
		 * text file.
		 */
		public boolean showsInAPage() {
			return showsInAPage(this.contentType);
		}

		/**
		 * Whether a page can show a file of this (detected) type in the page itself: an
		 * image or text.
		 */
		public static boolean showsInAPage(String contentType) {
			return contentType.startsWith("image/") || contentType.startsWith("text/");
		}

	}

	/**
	 * A file's contents on their way to somebody another module let see them; the caller
	 * closes the stream.
	 */
	public record SharedDownload(String name, String contentType, long size, java.io.InputStream content) {
	}

	/**
	 * An item with everything the submission export prints: its details, its files
	 * (without their contents) and every place it is cited.
	 */
	public record ExportedItem(EvidenceSummary summary, String description, String reflection, String link,
			List<String> tags, List<SharedFile> files, List<CitationLookup.Citation> citations) {
	}

}
