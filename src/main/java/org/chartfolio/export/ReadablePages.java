package org.chartfolio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Which evidence files an assessor can read in the PDF, and as what: photos on the item's
 * page, PDFs and (as PDF pages made here) text files and, where LibreOffice is installed,
 * Office and OpenDocument files after the item; anything else is attached, which browser
 * PDF viewers do not show, so the export page names those files before the export starts.
 */
@Component
@RequiredArgsConstructor
class ReadablePages {

	/** How a file appears in the PDF. */
	enum Kind {

		IMAGE, PDF, TEXT, OFFICE, OTHER

	}

	/**
	 * Longer text files are attached rather than printed: nobody reads hundreds of pages
	 * of a log.
	 */
	static final long MAX_TEXT_BYTES = 512 * 1024;

	private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv", "text/markdown");

	/** The extension LibreOffice recognises each Office and OpenDocument type by. */
	private static final Map<String, String> OFFICE_TYPES = Map.ofEntries(Map.entry("application/msword", "doc"),
			Map.entry("application/vnd.ms-excel", "xls"), Map.entry("application/vnd.ms-powerpoint", "ppt"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
			Map.entry("application/vnd.oasis.opendocument.text", "odt"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
			Map.entry("application/vnd.oasis.opendocument.presentation", "odp"), Map.entry("application/rtf", "rtf"));

	private final OfficeConverter converter;

	private final ITemplateEngine templates;

	static Kind kind(String contentType) {
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		if (type.startsWith("image/")) {
			return Kind.IMAGE;
		}
		if ("application/pdf".equals(type)) {
			return Kind.PDF;
		}
		if (TEXT_TYPES.contains(type)) {
			return Kind.TEXT;
		}
		return OFFICE_TYPES.containsKey(type) ? Kind.OFFICE : Kind.OTHER;
	}

	/**
	 * Whether a file of this type (and size) will be shown as pages, rather than only
	 * attached.
	 */
	boolean printed(String contentType, long size) {
		return switch (kind(contentType)) {
			case IMAGE, PDF -> true;
			case TEXT -> size <= MAX_TEXT_BYTES;
			case OFFICE -> this.converter.available();
			case OTHER -> false;
		};
	}

	boolean converts() {
		return this.converter.available();
	}

	/**
	 * A text or Office file as a PDF made in {@code folder}, or empty for any other file,
	 * a text file too long to print, or an Office file that could not be converted.
	 */
	Optional<Path> asPdf(long fileId, String contentType, Path copy, Path folder) throws IOException {
		return switch (kind(contentType)) {
			case TEXT ->
				(Files.size(copy) <= MAX_TEXT_BYTES) ? Optional.of(text(fileId, copy, folder)) : Optional.empty();
			case OFFICE -> this.converter.convert(copy, OFFICE_TYPES.get(contentType.toLowerCase(Locale.ROOT)),
					folder.resolve("office-" + fileId));
			default -> Optional.empty();
		};
	}

	/**
	 * Prints a text file as it is, line for line in a monospaced font, wrapped at the
	 * page's width.
	 */
	private Path text(long fileId, Path copy, Path folder) throws IOException {
		String content = decode(Files.readAllBytes(copy));
		Context context = new Context(Locale.UK, Map.of("text", content));
		String html = this.templates.process(new TemplateSpec("export/text", TemplateMode.XML), context);
		Path result = folder.resolve("text-" + fileId + ".pdf");
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html, null)
			.useExternalResourceAccessControl((uri, type) -> false,
					com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.usePDDocument(new PDDocument(IOUtils.createTempFileOnlyStreamCache()));
		PdfExport.useFonts(builder);
		try (OutputStream out = Files.newOutputStream(result)) {
			builder.toStream(out).run();
		}
		return result;
	}

	/** UTF-8 (with or without its mark), or else Windows-1252, which every byte is. */
	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (java.nio.charset.CharacterCodingException notUtf8) {
			return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
		}
	}

}
