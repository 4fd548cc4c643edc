package org.chartfolio.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The headers of every file the site sends back: a {@code Content-Disposition} that names
 * the file (in UTF-8 too, so a name in any script survives) and
 * {@code X-Content-Type-Options: nosniff}, so a browser treats the content as the type
 * given and nothing else. Files are attachments: a browser saves them rather than opening
 * them on the site's origin. Length, caching and the body stay with the caller, which
 * knows whether the file may be kept.
 */
public final class Downloads {

	private Downloads() {
	}

	/** A file to save, answered 200. */
	public static ResponseEntity.BodyBuilder attachment(String filename, MediaType type) {
		return file(ContentDisposition.attachment(), filename, type);
	}

	/**
	 * A file the browser shows itself. Only for content that cannot run on the site's
	 * origin: an image, or a file sent under a sandboxing
	 * {@code Content-Security-Policy}.
	 */
	public static ResponseEntity.BodyBuilder inline(String filename, MediaType type) {
		return file(ContentDisposition.inline(), filename, type);
	}

	/**
	 * The same headers for a file the caller writes to the response itself, for a ZIP
	 * streamed while it is made, too large to hold and of unknown length.
	 */
	public static void attachment(HttpServletResponse response, String filename, MediaType type) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.attachment(), filename));
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	private static ResponseEntity.BodyBuilder file(ContentDisposition.Builder disposition, String filename,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(disposition, filename))
			.header("X-Content-Type-Options", "nosniff");
	}

	private static String disposition(ContentDisposition.Builder disposition, String filename) {
		return disposition.filename(filename, StandardCharsets.UTF_8).build().toString();
	}

}
