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
import java.util.HexFormat;
import java.util.Iterator;
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
 * back by {@link FileNames}. Images get a small PNG thumbnail.
 */
@Component
class FileIntake {

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
		String name = FileNames.sanitiseName(upload.originalName());
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
		name = FileNames.nameFor(name, type);
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
