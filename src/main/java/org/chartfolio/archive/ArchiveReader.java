package org.chartfolio.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.chartfolio.archive.ArchiveDocument.EvidenceDoc;
import org.chartfolio.archive.ArchiveDocument.FileDoc;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.system.Refusal;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded ZIP and checks everything before anything is written: that it is a
 * ZIP, that every entry name is safe, that {@code portfolio.json} is there and of a known
 * version, that the entries are exactly the files it declares, that each file has the
 * declared size and SHA-256, counting the bytes as they are inflated and stopping at the
 * first one too many, and that its content is of a type an evidence upload may be
 * (detected, never taken from the JSON).
 */
@Component
class ArchiveReader {

	static final String JSON = "portfolio.json";

	private static final int BUFFER = 64 * 1024;

	/**
	 * Below this, a high compression ratio is harmless (a page of spaces) and not worth
	 * refusing.
	 */

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

	private final ArchiveLimits limits;

	private final ArchiveJson json;

	private final EvidenceTransfer evidence;

	private final ArchiveRules rules;

	ArchiveReader(ArchiveLimits limits, EvidenceTransfer evidence, ArchiveRules rules) {
		this.limits = limits;
		this.evidence = evidence;
		this.rules = rules;
		this.json = new ArchiveJson(limits.maxJsonSize(), limits.maxJsonTokens());
	}

	/**
	 * A checked archive: its document, and its files readable by path. The caller closes
	 * it.
	 */
	static final class Verified implements AutoCloseable {

		private final ZipFile zip;

		private final ArchiveDocument document;

		private final Map<String, ZipEntry> entries;

		private final Map<String, String> types;

		private Verified(ZipFile zip, ArchiveDocument document, Map<String, ZipEntry> entries,
				Map<String, String> types) {
			this.zip = zip;
			this.document = document;
			this.entries = entries;
			this.types = types;
		}

		ArchiveDocument document() {
			return this.document;
		}

		/**
		 * The file at {@code path}, read again on every call, never more than its
		 * declared size.
		 */
		InputStreamSource file(FileDoc file) {
			ZipEntry entry = this.entries.get(file.path());
			return () -> ZipInflation.bounded(this.zip.getInputStream(entry), file.size());
		}

		/**
		 * The file's type as detected from its content, which is what the import keeps.
		 */
		String type(FileDoc file) {
			return this.types.get(file.path());
		}

		@Override
		public void close() throws IOException {
			this.zip.close();
		}

	}

	Verified open(Path archive) {
		ZipFile zip;
		try {
			zip = new ZipFile(archive.toFile());
		}
		catch (IOException | RuntimeException ex) {
			throw new Refusal("archive.import.notZip");
		}
		try {
			return verify(zip, archive);
		}
		catch (RuntimeException ex) {
			closeQuietly(zip);
			throw ex;
		}
	}

	private Verified verify(ZipFile zip, Path archive) {
		Map<String, ZipEntry> entries = entries(zip);
		ZipEntry jsonEntry = entries.get(JSON);
		if (jsonEntry == null) {
			throw new Refusal("archive.import.noJson");
		}
		ZipInflation counter = new ZipInflation(this.limits, size(archive));
		ArchiveDocument document = document(zip, jsonEntry, counter);
		Map<String, FileDoc> declared = new HashMap<>();
		for (EvidenceDoc item : document.portfolio().evidence()) {
			for (FileDoc file : item.files()) {
				if (file.path() == null || !file.path().startsWith("files/") || !safe(file.path())
						|| declared.put(file.path(), file) != null) {
					throw new Refusal("archive.import.unsafeName", String.valueOf(file.path()));
				}
				if (file.size() > this.limits.maxFileSize() || file.size() < 0) {
					throw new Refusal("archive.import.fileTooLarge", file.path());
				}
				if (file.size() == 0) {
					// As an upload: an empty file is no evidence of anything.
					throw new Refusal("archive.import.fileEmpty", file.path());
				}
				if (!entries.containsKey(file.path())) {
					throw new Refusal("archive.import.missing", file.path());
				}
			}
		}
		for (String name : entries.keySet()) {
			if (!name.equals(JSON) && !declared.containsKey(name)) {
				throw new Refusal("archive.import.extra", name);
			}
		}
		Map<String, String> types = new HashMap<>();
		for (FileDoc file : declared.values()) {
			ZipEntry entry = entries.get(file.path());
			check(zip, entry, file, counter);
			types.put(file.path(), type(zip, entry, file));
		}
		return new Verified(zip, document, entries, types);
	}

	private Map<String, ZipEntry> entries(ZipFile zip) {
		Map<String, ZipEntry> entries = new HashMap<>();
		Set<String> seen = new HashSet<>();
		int count = 0;
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (++count > this.limits.maxEntries()) {
				throw new Refusal("archive.import.tooManyEntries", this.limits.maxEntries());
			}
			String name = entry.getName();
			if (!safe(name)) {
				throw new Refusal("archive.import.unsafeName", name);
			}
			if (!seen.add(name)) {
				throw new Refusal("archive.import.duplicate", name);
			}
			if (!entry.isDirectory()) {
				entries.put(name, entry);
			}
		}
		return entries;
	}

	/**
	 * A relative name inside the archive: no parent steps, no root, no backslash, no
	 * drive letter.
	 */
	static boolean safe(String name) {
		if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\")
				|| DRIVE.matcher(name).matches() || name.indexOf('\0') >= 0 || name.contains(":")) {
			return false;
		}
		for (String segment : name.split("/", -1)) {
			if (segment.equals("..") || segment.equals(".")) {
				return false;
			}
		}
		return !name.contains("//");
	}

	/**
	 * Parses {@code portfolio.json} as it inflates, never holding its bytes: the stream
	 * counts them against the JSON's limit, the total and the ratios, and refuses at the
	 * first byte too many.
	 */
	private ArchiveDocument document(ZipFile zip, ZipEntry entry, ZipInflation counter) {
		try (InputStream in = counter.counting(zip.getInputStream(entry), entry, this.limits.maxJsonSize(),
				"archive.import.jsonTooLarge")) {
			return this.json.read(in, this.rules.begin());
		}
		catch (IOException ex) {
			throw new Refusal("archive.import.damaged", entry.getName());
		}
	}

	private void check(ZipFile zip, ZipEntry entry, FileDoc file, ZipInflation counter) {
		MessageDigest sha256 = sha256();
		long read = copy(zip, entry, file.size(), counter, OutputStream.nullOutputStream(), sha256);
		if (read != file.size()) {
			throw new Refusal("archive.import.sizeMismatch", file.path(), file.size());
		}
		if (!java.util.HexFormat.of().formatHex(sha256.digest()).equalsIgnoreCase(String.valueOf(file.sha256()))) {
			throw new Refusal("archive.import.digest", file.path());
		}
	}

	/**
	 * The type of a checked file, detected as an upload's is from its first bytes
	 * (inflating no more than Tika reads); a type the evidence locker does not keep
	 * refuses the whole import.
	 */
	private String type(ZipFile zip, ZipEntry entry, FileDoc file) {
		try (InputStream in = ZipInflation.bounded(zip.getInputStream(entry), file.size())) {
			return this.evidence.acceptedType(in, String.valueOf(file.name()))
				.orElseThrow(() -> new Refusal("archive.import.typeRefused", file.path()));
		}
		catch (IOException ex) {
			throw new Refusal("archive.import.damaged", entry.getName());
		}
	}

	/**
	 * Inflates the entry, counting, and stops one byte past {@code limit}: the count is
	 * then more than the limit and the caller refuses. Totals and ratios are checked
	 * after every buffer.
	 */
	private long copy(ZipFile zip, ZipEntry entry, long limit, ZipInflation counter, OutputStream out,
			MessageDigest digest) {
		long read = 0;
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = zip.getInputStream(entry)) {
			int n;
			while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - read))) > 0) {
				read += n;
				counter.counted(entry, read, n);
				out.write(buffer, 0, n);
				if (digest != null) {
					digest.update(buffer, 0, n);
				}
				if (read > limit) {
					break;
				}
			}
		}
		catch (ZipException ex) {
			throw new Refusal("archive.import.damaged", entry.getName());
		}
		catch (IOException ex) {
			throw new Refusal("archive.import.damaged", entry.getName());
		}
		return read;
	}

	private static long size(Path archive) {
		try {
			return Files.size(archive);
		}
		catch (IOException ex) {
			throw new Refusal("archive.import.notZip");
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// Nothing to do: the archive was refused anyway.
		}
	}

}
