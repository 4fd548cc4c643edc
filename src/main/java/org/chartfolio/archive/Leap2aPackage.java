package org.chartfolio.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.chartfolio.archive.Leap2aFeed.Entry;
import org.chartfolio.archive.Leap2aFeed.Link;
import org.chartfolio.evidence.EvidenceTransfer;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded Leap2A file, a ZIP with {@code leap2a.xml} and its files or a bare
 * {@code leap2a.xml}, and checks it as the portfolio import checks its ZIP before anything is
 * shown or written: safe entry names, no name twice, the number of entries, every byte counted as
 * it inflates against the size of the feed, of each file and of all of them, and the compression
 * ratio; every file an entry encloses must be inside the ZIP, no larger than an evidence upload,
 * and of a type the evidence locker keeps, as Tika detects it from its content.
 */
@Component
class Leap2aPackage {

	static final String FEED = "leap2a.xml";


	private static final int BUFFER = 64 * 1024;

	private final ArchiveLimits limits;

	private final EvidenceTransfer evidence;

	Leap2aPackage(ArchiveLimits limits, EvidenceTransfer evidence) {
		this.limits = limits;
		this.evidence = evidence;
	}

	/** A checked file of an entry: where it is in the ZIP, its safe name, its detected type and size. */
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
			return Optional.ofNullable(path(href)).map(this.files::get);
		}

		Reach reach(String href) {
			String path = path(href);
			if (path == null) {
				return Reach.ELSEWHERE;
			}
			return this.reaches.getOrDefault(path, Reach.MISSING);
		}

		/** The contents of a checked file, read afresh each time and never more than its size. */
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
			throw new ArchiveProblem("leap2a.import.notLeap2a");
		}
		if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return zip(upload);
		}
		return bare(upload);
	}

	private Opened bare(Path upload) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(upload))) {
			if (Files.size(upload) > this.limits.maxJsonSize()) {
				throw new ArchiveProblem("leap2a.import.feedTooLarge");
			}
			if (!startsLikeXml(upload)) {
				throw new ArchiveProblem("leap2a.import.notLeap2a");
			}
			Leap2aFeed feed = parser().read(in);
			return new Opened(feed, null, Map.of(), Map.of());
		}
		catch (IOException ex) {
			throw new ArchiveProblem("leap2a.import.notLeap2a");
		}
	}

	/** Whether the file starts, after a byte-order mark and white space, with {@code <}, as XML does. */
	private static boolean startsLikeXml(Path upload) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(upload))) {
			byte[] head = in.readNBytes(1024);
			int i = (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) ? 3 : 0;
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
			throw new ArchiveProblem("archive.import.notZip");
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
			if (ex instanceof ArchiveProblem problem) {
				throw problem;
			}
			throw new ArchiveProblem("archive.import.notZip");
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
				throw new ArchiveProblem("archive.import.tooManyEntries", this.limits.maxEntries());
			}
			if (!ArchiveReader.safe(entry.getName())) {
				throw new ArchiveProblem("archive.import.unsafeName", entry.getName());
			}
			if (!seen.add(entry.getName())) {
				throw new ArchiveProblem("archive.import.duplicate", entry.getName());
			}
			if (!entry.isDirectory()) {
				entries.put(entry.getName(), entry);
			}
		}
		ZipEntry feedEntry = entries.get(FEED);
		if (feedEntry == null) {
			throw new ArchiveProblem("leap2a.import.noFeed");
		}
		ZipInflation counter = new ZipInflation(this.limits, archiveSize);
		Leap2aFeed feed;
		try (InputStream in = counter.counting(zip.getInputStream(feedEntry), feedEntry, this.limits.maxJsonSize(),
				"leap2a.import.feedTooLarge")) {
			feed = parser().read(in);
		}
		Map<String, FileRef> files = new LinkedHashMap<>();
		Map<String, Reach> reaches = new HashMap<>();
		for (Entry entry : feed.entries()) {
			for (Link link : entry.links("enclosure")) {
				String href = link.href();
				String path = path(href);
				if (href == null || href.isBlank() || path == null || reaches.containsKey(path)) {
					continue;
				}
				if (!ArchiveReader.safe(path)) {
					throw new ArchiveProblem("leap2a.import.unsafeEnclosure", title(entry), href);
				}
				ZipEntry file = entries.get(path);
				if (file == null || path.equals(FEED)) {
					reaches.put(path, Reach.MISSING);
					continue;
				}
				long size = inflate(zip, file, counter, entry);
				if (size == 0) {
					reaches.put(path, Reach.EMPTY);
					continue;
				}
				String name = fileName(entry, link, path);
				String type;
				try (InputStream in = ZipInflation.bounded(zip.getInputStream(file), size)) {
					type = this.evidence.acceptedType(in, name)
						.orElseThrow(() -> new ArchiveProblem("leap2a.import.typeRefused", title(entry), path));
				}
				files.put(path, new FileRef(path, name, type, size));
				reaches.put(path, Reach.FOUND);
			}
		}
		for (Entry entry : feed.entries()) {
			for (String href : embedded(entry)) {
				String path = path(href);
				if (path == null || reaches.containsKey(path) || path.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || path.startsWith("#")) {
					continue;
				}
				if (!ArchiveReader.safe(path)) {
					throw new ArchiveProblem("leap2a.import.unsafeEnclosure", title(entry), href);
				}
				ZipEntry file = entries.get(path);
				if (file == null || path.equals(FEED)) {
					continue;
				}
				long size = inflate(zip, file, counter, entry);
				String name = path.substring(path.lastIndexOf('/') + 1);
				Optional<String> type = Optional.empty();
				if (size > 0) {
					try (InputStream in = ZipInflation.bounded(zip.getInputStream(file), size)) {
						type = this.evidence.acceptedType(in, name);
					}
				}
				if (type.isEmpty()) {
					throw new ArchiveProblem("leap2a.import.typeRefused", title(entry), path);
				}
				files.put(path, new FileRef(path, name, type.get(), size));
				reaches.put(path, Reach.FOUND);
			}
		}
		return new Opened(feed, zip, files, reaches);
	}

	private static final java.util.regex.Pattern EMBEDDED = java.util.regex.Pattern
		.compile("(?i)\\b(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']");

	/** The addresses a post's markup embeds or links to (images, files), to check the ones inside the ZIP. */
	static java.util.List<String> embedded(Entry entry) {
		if (entry.content() == null || "text".equals(entry.contentType())) {
			return java.util.List.of();
		}
		String html = "xhtml".equals(entry.contentType()) ? entry.content().replace("&amp;", "&") : entry.content();
		java.util.List<String> found = new java.util.ArrayList<>();
		java.util.regex.Matcher m = EMBEDDED.matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** Inflates a file to count it, refusing one larger than an evidence file may be, or a bomb. */
	private long inflate(ZipFile zip, ZipEntry file, ZipInflation counter, Entry entry) {
		long read = 0;
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = zip.getInputStream(file)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				read += n;
				counter.counted(file, read, n);
				if (read > this.limits.maxFileSize()) {
					throw new ArchiveProblem("leap2a.import.fileTooLarge", title(entry), file.getName());
				}
			}
		}
		catch (ZipException ex) {
			throw new ArchiveProblem("archive.import.damaged", file.getName());
		}
		catch (IOException ex) {
			throw new ArchiveProblem("archive.import.damaged", file.getName());
		}
		return read;
	}

	/**
	 * The ZIP path an {@code href} names: relative to the ZIP's root, {@code ./} and percent-escapes
	 * undone; null for an address on another site.
	 */
	static String path(String href) {
		if (href == null) {
			return null;
		}
		String h = href.strip();
		if (h.matches("(?i)^[a-z][a-z0-9+.-]*://.*") || h.startsWith("//") || h.regionMatches(true, 0, "mailto:", 0, 7)) {
			return null;
		}
		if (h.regionMatches(true, 0, "file:", 0, 5)) {
			h = h.substring(5);
		}
		try {
			h = URLDecoder.decode(h.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// Keep it as written; the name check decides.
		}
		while (h.startsWith("./")) {
			h = h.substring(2);
		}
		return h;
	}

	/**
	 * The name a file is kept under: the enclosure's title (as our export writes it), else the entry's title when it is the entry's only file and names it
	 * (Mahara titles a file entry with the file's name and stores it as {@code files/22-stand.png}),
	 * else the last part of its path.
	 */
	private static String fileName(Entry entry, Link link, String path) {
		String leaf = path.substring(path.lastIndexOf('/') + 1);
		if (link.title() != null && !link.title().isBlank() && link.title().length() <= 255) {
			return link.title().strip();
		}
		String title = entry.title();
		if (title != null && entry.links("enclosure").size() == 1 && title.length() <= 150) {
			String t = title.strip();
			int dot = t.lastIndexOf('.');
			int leafDot = leaf.lastIndexOf('.');
			if (dot > 0 && leafDot > 0 && t.substring(dot).equalsIgnoreCase(leaf.substring(leafDot))) {
				return t;
			}
		}
		return leaf;
	}

	private static String title(Entry entry) {
		return (entry.title() != null && !entry.title().isBlank()) ? entry.title() : String.valueOf(entry.id());
	}

}
