package org.chartfolio.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import lombok.RequiredArgsConstructor;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.system.Refusal;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded Leap2A file, a ZIP with {@code leap2a.xml} and its files or a bare
 * {@code leap2a.xml}, and checks it as the portfolio import checks its ZIP before
 * anything is shown or written: safe entry names, no name twice, the number of entries,
 * every byte counted as it inflates against the size of the feed, of each file and of all
 * of them, and the compression ratio; every file an entry encloses must be inside the
 * ZIP, no larger than an evidence upload, and of a type the evidence locker keeps, as
 * Tika detects it from its content.
 */
@Component
@RequiredArgsConstructor
class Leap2aPackage {

	static final String FEED = "leap2a.xml";

	private final ArchiveLimits limits;

	private final EvidenceTransfer evidence;

	/**
	 * A checked file of an entry: where it is in the ZIP, its safe name, its detected
	 * type and size.
	 */
	record FileRef(String path, String name, String type, long size) {
	}

	/** What an enclosure or embedded reference came to. */
	enum Reach {

		FOUND, MISSING, ELSEWHERE, EMPTY

	}

	/** An opened, checked upload; the caller closes it. */
	static final class Opened implements AutoCloseable {

		private final Leap2aFeed feed;

		private final ZipFile zip;

		private final Map<String, FileRef> files;

		private final Map<String, Reach> reaches;

		private Opened(Leap2aFeed feed, ZipFile zip, Map<String, FileRef> files, Map<String, Reach> reaches) {
			this.feed = feed;
			this.zip = zip;
			this.files = files;
			this.reaches = reaches;
		}

		Leap2aFeed feed() {
			return this.feed;
		}

		boolean zipped() {
			return this.zip != null;
		}

		/** The checked file an {@code href} in the feed names, if the ZIP holds it. */
		Optional<FileRef> file(String href) {
			return Optional.ofNullable(Leap2aEnclosures.path(href)).map(this.files::get);
		}

		Reach reach(String href) {
			String path = Leap2aEnclosures.path(href);
			if (path == null) {
				return Reach.ELSEWHERE;
			}
			return this.reaches.getOrDefault(path, Reach.MISSING);
		}

		/**
		 * The contents of a checked file, read afresh each time and never more than its
		 * size.
		 */
		InputStreamSource content(FileRef file) {
			ZipEntry entry = this.zip.getEntry(file.path());
			return () -> ZipInflation.bounded(this.zip.getInputStream(entry), file.size());
		}

		@Override
		public void close() throws IOException {
			if (this.zip != null) {
				this.zip.close();
			}
		}

	}

	Opened open(Path upload) {
		byte[] head = new byte[4];
		int n;
		try (InputStream in = Files.newInputStream(upload)) {
			n = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new Refusal("leap2a.import.notLeap2a");
		}
		if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return zip(upload);
		}
		return bare(upload);
	}

	private Opened bare(Path upload) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(upload))) {
			if (Files.size(upload) > this.limits.maxJsonSize()) {
				throw new Refusal("leap2a.import.feedTooLarge");
			}
			if (!startsLikeXml(upload)) {
				throw new Refusal("leap2a.import.notLeap2a");
			}
			Leap2aFeed feed = parser().read(in);
			return new Opened(feed, null, Map.of(), Map.of());
		}
		catch (IOException ex) {
			throw new Refusal("leap2a.import.notLeap2a");
		}
	}

	/**
	 * Whether the file starts, after a byte-order mark and white space, with {@code <},
	 * as XML does.
	 */
	private static boolean startsLikeXml(Path upload) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(upload))) {
			byte[] head = in.readNBytes(1024);
			int i = (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
					&& (head[2] & 0xff) == 0xBF) ? 3 : 0;
			while (i < head.length && Character.isWhitespace(head[i])) {
				i++;
			}
			return i < head.length && head[i] == '<';
		}
	}

	private Leap2aParser parser() {
		return new Leap2aParser(this.limits.maxJsonTokens());
	}

	private Opened zip(Path upload) {
		ZipFile zip;
		try {
			zip = new ZipFile(upload.toFile());
		}
		catch (IOException | RuntimeException ex) {
			throw new Refusal("archive.import.notZip");
		}
		try {
			return check(zip, Files.size(upload));
		}
		catch (IOException | RuntimeException ex) {
			try {
				zip.close();
			}
			catch (IOException closing) {
				// Refused anyway.
			}
			if (ex instanceof Refusal problem) {
				throw problem;
			}
			throw new Refusal("archive.import.notZip");
		}
	}

	private Opened check(ZipFile zip, long archiveSize) throws IOException {
		Map<String, ZipEntry> entries = new HashMap<>();
		Set<String> seen = new HashSet<>();
		int count = 0;
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (++count > this.limits.maxEntries()) {
				throw new Refusal("archive.import.tooManyEntries", this.limits.maxEntries());
			}
			if (!ArchiveReader.safe(entry.getName())) {
				throw new Refusal("archive.import.unsafeName", entry.getName());
			}
			if (!seen.add(entry.getName())) {
				throw new Refusal("archive.import.duplicate", entry.getName());
			}
			if (!entry.isDirectory()) {
				entries.put(entry.getName(), entry);
			}
		}
		ZipEntry feedEntry = entries.get(FEED);
		if (feedEntry == null) {
			throw new Refusal("leap2a.import.noFeed");
		}
		ZipInflation counter = new ZipInflation(this.limits, archiveSize);
		Leap2aFeed feed;
		try (InputStream in = counter.counting(zip.getInputStream(feedEntry), feedEntry, this.limits.maxJsonSize(),
				"leap2a.import.feedTooLarge")) {
			feed = parser().read(in);
		}
		Leap2aEnclosures enclosures = new Leap2aEnclosures(zip, entries, counter, this.limits, this.evidence);
		enclosures.check(feed);
		return new Opened(feed, zip, enclosures.files(), enclosures.reaches());
	}

}
