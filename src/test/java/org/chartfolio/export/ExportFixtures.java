package org.chartfolio.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

/** Files and evidence for export tests, made in code. */
final class ExportFixtures {

	private ExportFixtures() {
	}

	/** A PDF of {@code pages} A4 pages, each saying "{text} page N". */
	static byte[] pdf(String text, int pages) {
		return build((document) -> {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int n = 1; n <= pages; n++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 18);
					content.newLineAtOffset(72, 700);
					content.showText(text + " page " + n);
					content.endText();
				}
			}
		});
	}

	/**
	 * The smallest OpenDocument text that LibreOffice opens: one paragraph saying
	 * {@code text}.
	 */
	static byte[] odt(String text) {
		return openDocument("text", "<office:text><text:p>" + text + "</text:p></office:text>");
	}

	/** An empty OpenDocument spreadsheet. */
	static byte[] ods() {
		return openDocument("spreadsheet", "<office:spreadsheet/>");
	}

	private static byte[] openDocument(String type, String body) {
		var bytes = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			byte[] mimetype = ("application/vnd.oasis.opendocument." + type)
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			var entry = new java.util.zip.ZipEntry("mimetype");
			entry.setMethod(java.util.zip.ZipEntry.STORED);
			entry.setSize(mimetype.length);
			var crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
			zip.write(
					("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
							+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument."
							+ type + "\"/>"
							+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
			zip.write(
					("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
							+ "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
							+ "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\"><office:body>"
							+ body + "</office:body></office:document-content>")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
		return bytes.toByteArray();
	}

	/**
	 * The words {@link #landscapeAndRotatedPdf()} writes at the left and the right edge
	 * of each page, as shown.
	 */
	static final String[][] EDGE_WORDS = { { "Landscape-west", "Landscape-east" }, { "Rotate90-west", "Rotate90-east" },
			{ "Rotate270-west", "Rotate270-east" } };

	/**
	 * Three pages that a reader shows landscape: an A4 page turned on its side, and two
	 * portrait A4 pages with /Rotate 90 and /Rotate 270 whose text is drawn turned so
	 * that it reads upright as shown. Each page has a word against its left edge and one
	 * against its right edge.
	 */
	static byte[] landscapeAndRotatedPdf() {
		return build((document) -> {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			float size = 18;
			float shownWidth = PDRectangle.A4.getHeight();
			int[] rotations = { 0, 90, 270 };
			for (int n = 0; n < rotations.length; n++) {
				int rotation = rotations[n];
				PDPage page = new PDPage((rotation == 0)
						? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4);
				page.setRotation(rotation);
				document.addPage(page);
				String east = EDGE_WORDS[n][1];
				float[] starts = { 20, shownWidth - 20 - font.getStringWidth(east) / 1000 * size };
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, size);
					for (int w = 0; w < 2; w++) {
						// Where the word starts as shown (along the shown page, 300 up
						// from its foot), in the page's own space.
						float x = starts[w];
						content.setTextMatrix(switch (rotation) {
							case 90 -> new Matrix(0, 1, -1, 0, 300, x);
							case 270 -> new Matrix(0, -1, 1, 0, 300, shownWidth - x);
							default -> Matrix.getTranslateInstance(x, 300);
						});
						content.showText(EDGE_WORDS[n][w]);
					}
					content.endText();
				}
			}
		});
	}

	/** A PDF that opens only with a password. */
	static byte[] lockedPdf(String text) {
		try (PDDocument document = Loader.loadPDF(pdf(text, 1))) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return saved(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pages added to a new PDF. */
	private interface Pages {

		void addTo(PDDocument document) throws IOException;

	}

	private static byte[] build(Pages pages) {
		try (PDDocument document = new PDDocument()) {
			pages.addTo(document);
			return saved(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] saved(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	static EvidenceSummary item(EvidenceService evidence, SignedInUser user, long portfolioId, String title,
			EvidenceKind kind, String fileName, byte[] content) {
		EvidenceService.EvidenceDetails details = evidence(title).kind(kind).description("About " + title).build();
		if (content == null) {
			return evidence.add(user, portfolioId, details);
		}
		return evidence.add(user, portfolioId, details,
				List.of(new EvidenceService.IncomingFile(fileName, content.length, new ByteArrayResource(content))));
	}

	/** The downloaded PDF in a temporary file, deleted when the test JVM exits. */
	static java.nio.file.Path saved(ExportService.Download download) {
		try (java.io.InputStream content = download.content().open()) {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("chartfolio-test-export-", ".pdf");
			file.toFile().deleteOnExit();
			java.nio.file.Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The finished export's PDF, saved as {@link #saved} does; the test fails if the
	 * export failed or did not finish within a minute.
	 */
	static java.nio.file.Path finished(ExportService exports, SignedInUser user, long portfolioId, String jobId)
			throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			ExportService.JobView job = exports.job(user, portfolioId, jobId);
			if (job.finished()) {
				assertThat(job.ready()).as("the export finished without failing").isTrue();
				return saved(exports.download(user, portfolioId, jobId));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the export did not finish within a minute");
	}

}
