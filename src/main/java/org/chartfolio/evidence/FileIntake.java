package org.chartfolio.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.chartfolio.system.FieldProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks a file before it is kept and keeps it: the size against the limit, the type as
 * Tika detects it from the content (the name only refines what the content says: an
 * executable named photo.jpg stays an executable), the name made safe to show and to send
 * back. Images get a small PNG thumbnail.
 */
@Component
class FileIntake {

	static final int MAX_NAME_LENGTH = 150;

	static final int THUMBNAIL_SIZE = 160;

	/**
	 * Images larger than this many pixels get no thumbnail: decoding them could exhaust
	 * memory.
	 */
	private static final long MAX_THUMBNAIL_SOURCE_PIXELS = 100_000_000L;

	static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif",
			"image/webp", "text/plain", "text/csv",
			// Microsoft Office, old and new
			"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			// OpenDocument
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation");

	static final Set<String> THUMBNAILED_TYPES = Set.of("image/jpeg", "image/png", "image/gif");

	/**
	 * The extensions a kept type may carry, the first being the one given to a name
	 * without any of them. A name's extension is what decides, on the reader's computer,
	 * which program opens the download; so it must say what the content is.
	 */
	static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(Map.entry("application/pdf", List.of("pdf")),
			Map.entry("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")), Map.entry("image/png", List.of("png")),
			Map.entry("image/gif", List.of("gif")), Map.entry("image/webp", List.of("webp")),
			Map.entry("text/plain", List.of("txt", "text", "md")), Map.entry("text/csv", List.of("csv")),
			Map.entry("application/msword", List.of("doc", "dot")),
			Map.entry("application/vnd.ms-excel", List.of("xls", "xlt")),
			Map.entry("application/vnd.ms-powerpoint", List.of("ppt", "pps", "pot")),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
			Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
			Map.entry("application/vnd.oasis.opendocument.presentation", List.of("odp")));

	/**
	 * Extensions that make Windows, macOS or a browser run, install or render what they
	 * name. They are taken off a name before the type's own extension goes on, so that
	 * none is ever the last part of a stored or downloaded name ({@code minutes.hta}
	 * holding text becomes {@code minutes.txt}).
	 */
	static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "com", "scr", "pif", "bat", "cmd", "btm", "vbs",
			"vbe", "js", "jse", "mjs", "wsf", "wsh", "wsc", "ws", "hta", "url", "reg", "ps1", "ps1xml", "ps2", "psc1",
			"psd1", "psm1", "msc", "msi", "msp", "mst", "msh", "lnk", "jar", "jnlp", "cpl", "inf", "ins", "isp", "scf",
			"sct", "shb", "shs", "dll", "ocx", "sys", "drv", "application", "appref-ms", "gadget", "chm", "hlp", "iso",
			"img", "vhd", "vhdx", "xll", "xlam", "docm", "dotm", "xlsm", "xltm", "pptm", "potm", "ppsm",
			"settingcontent-ms", "library-ms", "search-ms", "diagcab", "htm", "html", "xhtml", "shtml", "mht", "mhtml",
			"svg", "xml", "xsl", "sh", "bash", "zsh", "csh", "command", "tool", "desktop", "app", "pkg", "dmg", "deb",
			"rpm", "apk", "py", "pyw", "pl", "rb", "php", "asp", "aspx", "jsp", "cgi", "website", "webloc", "scpt",
			"action", "workflow");

	private final Tika tika = new Tika();

	private final FileStore store;

	private final DataSize maxFileSize;

	FileIntake(FileStore store, @Value("${chartfolio.evidence.max-file-size:25MB}") DataSize maxFileSize) {
		this.store = store;
		this.maxFileSize = maxFileSize;
	}

	DataSize maxFileSize() {
		return this.maxFileSize;
	}

	/**
	 * Checks the upload and keeps its contents; the caller records the result in the same
	 * transaction.
	 */
	EvidenceFile.StoredUpload keep(Upload upload) {
		String name = sanitiseName(upload.originalName());
		if (upload.size() > this.maxFileSize.toBytes()) {
			throw new FieldProblem("files", "evidence.files.tooLarge", name, readable(this.maxFileSize));
		}
		if (upload.size() == 0) {
			throw new FieldProblem("files", "evidence.files.empty", name);
		}
		String type = detect(upload, name);
		if (!ALLOWED_TYPES.contains(type)) {
			throw new FieldProblem("files", "evidence.files.typeRefused", name);
		}
		name = nameFor(name, type);
		String key = UUID.randomUUID().toString();
		MessageDigest sha256 = sha256();
		try (InputStream in = new DigestInputStream(upload.content().getInputStream(), sha256)) {
			this.store.put(key, in, upload.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] thumbnail = THUMBNAILED_TYPES.contains(type) ? thumbnail(upload) : null;
		return new EvidenceFile.StoredUpload(key, name, type, upload.size(), HexFormat.of().formatHex(sha256.digest()),
				thumbnail);
	}

	String detect(Upload upload, String name) {
		try (InputStream in = upload.content().getInputStream()) {
			return detect(in, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The type of {@code content} (named {@code name}, already made safe) as the
	 * allow-list knows it. Tika reads the first bytes only; the caller closes the stream.
	 */
	String detect(InputStream content, String name) throws IOException {
		return MediaType.parse(this.tika.detect(new BufferedInputStream(content), name)).getBaseType().toString();
	}

	/**
	 * A name that is safe to store, show and send back in Content-Disposition: the last
	 * path segment only, no control or bidi formatting characters, no leading dots, at
	 * most {@link #MAX_NAME_LENGTH} characters with the extension kept.
	 */
	static String sanitiseName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
		name = name.replaceAll("[\"<>:|?*]", "_");
		name = name.replaceAll("\\s+", " ").strip();
		name = name.replaceFirst("^\\.+", "").strip();
		if (name.isEmpty()) {
			return "file";
		}
		if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int keep = MAX_NAME_LENGTH - extension.length();
		return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
	}

	/**
	 * The name (already made safe by {@link #sanitiseName}) with an extension that says
	 * what the content is: kept when its extension is one of the type's, otherwise with
	 * executable extensions taken off the end and the type's own added
	 * ({@code minutes.hta} of text is {@code minutes.txt}, {@code minutes.2024} of text
	 * {@code minutes.2024.txt}). For a type without extensions of its own only the
	 * executable ones are taken off. Used for every stored name and again for every
	 * download name, so that a name stored before this rule never reaches a download
	 * either.
	 */
	static String nameFor(String name, String type) {
		List<String> extensions = EXTENSIONS.getOrDefault(type, List.of());
		if (extensions.contains(extension(name))) {
			return name;
		}
		String base = name;
		while (EXECUTABLE_EXTENSIONS.contains(extension(base))) {
			base = base.substring(0, base.lastIndexOf('.')).strip();
		}
		base = base.replaceFirst("\\.+$", "").strip();
		if (!base.isEmpty() && extensions.contains(extension(base))) {
			return base;
		}
		if (extensions.isEmpty()) {
			return base.isEmpty() ? "file" : base;
		}
		String suffix = "." + extensions.get(0);
		if (base.isEmpty()) {
			base = "file";
		}
		int room = MAX_NAME_LENGTH - suffix.length();
		if (base.codePointCount(0, base.length()) > room) {
			base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
		}
		return base + suffix;
	}

	/** The extension of a name, lower-cased, without the dot; empty for none. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot + 1).strip().toLowerCase(Locale.ROOT) : "";
	}

	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " B";
	}

	/**
	 * A PNG of at most {@link #THUMBNAIL_SIZE} pixels each way, or null when the image
	 * cannot be read.
	 */
	static byte[] thumbnail(Upload upload) {
		try (InputStream in = upload.content().getInputStream();
				ImageInputStream images = ImageIO.createImageInputStream(in)) {
			if (images == null) {
				return null;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(images, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_THUMBNAIL_SOURCE_PIXELS) {
					return null;
				}
				// Read only every n-th pixel of a big photo: memory stays small whatever
				// the upload.
				int step = Math.max(1, Math.max(width, height) / (THUMBNAIL_SIZE * 2));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage source = reader.read(0, param);
				double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(source.getWidth(), source.getHeight()));
				int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
				int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
				BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = small.createGraphics();
				try {
					g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
					g.setColor(Color.WHITE);
					g.fillRect(0, 0, w, h);
					g.drawImage(source, 0, 0, w, h, null);
				}
				finally {
					g.dispose();
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageIO.write(small, "png", out);
				return out.toByteArray();
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
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

}
