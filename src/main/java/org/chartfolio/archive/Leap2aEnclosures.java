package org.chartfolio.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.chartfolio.archive.Leap2aFeed.Entry;
import org.chartfolio.archive.Leap2aFeed.Link;
import org.chartfolio.archive.Leap2aPackage.FileRef;
import org.chartfolio.archive.Leap2aPackage.Reach;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.system.Refusal;

/**
 * The files a feed's entries enclose or embed, checked in the ZIP that holds them: a safe
 * path, every byte counted as it inflates, no larger than an evidence upload, of a type
 * the evidence locker keeps; and for every reference, what it came to.
 */
final class Leap2aEnclosures {

	private static final int BUFFER = 64 * 1024;

	private static final java.util.regex.Pattern EMBEDDED = java.util.regex.Pattern
		.compile("(?i)\\b(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']");

	private final ZipFile zip;

	private final Map<String, ZipEntry> entries;

	private final ZipInflation counter;

	private final ArchiveLimits limits;

	private final EvidenceTransfer evidence;

	private final Map<String, FileRef> files = new LinkedHashMap<>();

	private final Map<String, Reach> reaches = new HashMap<>();

	/**
	 * {@code entries} are the ZIP's files by name; {@code counter} has counted the feed
	 * already.
	 */
	Leap2aEnclosures(ZipFile zip, Map<String, ZipEntry> entries, ZipInflation counter, ArchiveLimits limits,
			EvidenceTransfer evidence) {
		this.zip = zip;
		this.entries = entries;
		this.counter = counter;
		this.limits = limits;
		this.evidence = evidence;
	}

	/** The checked files by path. */
	Map<String, FileRef> files() {
		return this.files;
	}

	/** What each path referred to came to. */
	Map<String, Reach> reaches() {
		return this.reaches;
	}

	/** Checks what the entries enclose, then the files of the ZIP their markup embeds. */
	void check(Leap2aFeed feed) throws IOException {
		enclosed(feed);
		embedded(feed);
	}

	private void enclosed(Leap2aFeed feed) throws IOException {
		for (Entry entry : feed.entries()) {
			for (Link link : entry.links("enclosure")) {
				String href = link.href();
				String path = path(href);
				if (href == null || href.isBlank() || path == null || this.reaches.containsKey(path)) {
					continue;
				}
				if (!ArchiveReader.safe(path)) {
					throw new Refusal("leap2a.import.unsafeEnclosure", title(entry), href);
				}
				ZipEntry file = this.entries.get(path);
				if (file == null || path.equals(Leap2aPackage.FEED)) {
					this.reaches.put(path, Reach.MISSING);
					continue;
				}
				long size = inflate(file, entry);
				if (size == 0) {
					this.reaches.put(path, Reach.EMPTY);
					continue;
				}
				String name = fileName(entry, link, path);
				String type;
				try (InputStream in = ZipInflation.bounded(this.zip.getInputStream(file), size)) {
					type = this.evidence.acceptedType(in, name)
						.orElseThrow(() -> new Refusal("leap2a.import.typeRefused", title(entry), path));
				}
				this.files.put(path, new FileRef(path, name, type, size));
				this.reaches.put(path, Reach.FOUND);
			}
		}
	}

	private void embedded(Leap2aFeed feed) throws IOException {
		for (Entry entry : feed.entries()) {
			for (String href : embedded(entry)) {
				String path = path(href);
				if (path == null || this.reaches.containsKey(path) || path.matches("(?i)^[a-z][a-z0-9+.-]*:.*")
						|| path.startsWith("#")) {
					continue;
				}
				if (!ArchiveReader.safe(path)) {
					throw new Refusal("leap2a.import.unsafeEnclosure", title(entry), href);
				}
				ZipEntry file = this.entries.get(path);
				if (file == null || path.equals(Leap2aPackage.FEED)) {
					continue;
				}
				long size = inflate(file, entry);
				String name = path.substring(path.lastIndexOf('/') + 1);
				Optional<String> type = Optional.empty();
				if (size > 0) {
					try (InputStream in = ZipInflation.bounded(this.zip.getInputStream(file), size)) {
						type = this.evidence.acceptedType(in, name);
					}
				}
				if (type.isEmpty()) {
					throw new Refusal("leap2a.import.typeRefused", title(entry), path);
				}
				this.files.put(path, new FileRef(path, name, type.get(), size));
				this.reaches.put(path, Reach.FOUND);
			}
		}
	}

	/**
	 * The addresses a post's markup embeds or links to (images, files), to check the ones
	 * inside the ZIP.
	 */
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

	/**
	 * Inflates a file to count it, refusing one larger than an evidence file may be, or a
	 * bomb.
	 */
	private long inflate(ZipEntry file, Entry entry) {
		long read = 0;
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = this.zip.getInputStream(file)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				read += n;
				this.counter.counted(file, read, n);
				if (read > this.limits.maxFileSize()) {
					throw new Refusal("leap2a.import.fileTooLarge", title(entry), file.getName());
				}
			}
		}
		catch (ZipException ex) {
			throw new Refusal("archive.import.damaged", file.getName());
		}
		catch (IOException ex) {
			throw new Refusal("archive.import.damaged", file.getName());
		}
		return read;
	}

	/**
	 * The ZIP path an {@code href} names: relative to the ZIP's root, {@code ./} and
	 * percent-escapes undone; null for an address on another site.
	 */
	static String path(String href) {
		if (href == null) {
			return null;
		}
		String h = href.strip();
		if (h.matches("(?i)^[a-z][a-z0-9+.-]*://.*") || h.startsWith("//")
				|| h.regionMatches(true, 0, "mailto:", 0, 7)) {
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
	 * The name a file is kept under: the enclosure's title (as our export writes it),
	 * else the entry's title when it is the entry's only file and names it (Mahara titles
	 * a file entry with the file's name and stores it as {@code files/22-stand.png}),
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
