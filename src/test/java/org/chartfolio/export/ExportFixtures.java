package org.chartfolio.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;

import org.springframework.core.io.ByteArrayResource;

/** Files and evidence for export tests, made in code. */
final class ExportFixtures {

	private ExportFixtures() {
	}

	/** A PDF of {@code pages} A4 pages, each saying "{text} page N". */
	static byte[] pdf(String text, int pages) {
		try (PDDocument document = new PDDocument()) {
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
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The words {@link #landscapeAndRotatedPdf()} writes at the left and the right edge of each page, as shown. */
	static final String[][] EDGE_WORDS = { { "Landscape-west", "Landscape-east" }, { "Rotate90-west", "Rotate90-east" },
			{ "Rotate270-west", "Rotate270-east" } };

	/**
	 * Three pages that a reader shows landscape: an A4 page turned on its side, and two portrait A4
	 * pages with /Rotate 90 and /Rotate 270 whose text is drawn turned so that it reads upright as
	 * shown. Each page has a word against its left edge and one against its right edge.
	 */
	static byte[] landscapeAndRotatedPdf() {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			float size = 18;
			float shownWidth = PDRectangle.A4.getHeight();
			for (int n = 0; n < 3; n++) {
				int rotation = new int[] { 0, 90, 270 }[n];
				PDPage page = new PDPage(
						(rotation == 0) ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4);
				page.setRotation(rotation);
				document.addPage(page);
				String west = EDGE_WORDS[n][0];
				String east = EDGE_WORDS[n][1];
				float eastStart = shownWidth - 20 - font.getStringWidth(east) / 1000 * size;
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, size);
					// Where a word starts as shown (x along the shown page, 300 up from its foot), in the page's own space.
					for (float[] word : new float[][] { { 20, 0 }, { eastStart, 1 } }) {
						float x = word[0];
						Matrix at = switch (rotation) {
							case 90 -> new Matrix(0, 1, -1, 0, 300, x);
							case 270 -> new Matrix(0, -1, 1, 0, 300, shownWidth - x);
							default -> Matrix.getTranslateInstance(x, 300);
						};
						content.setTextMatrix(at);
						content.showText((word[1] == 0) ? west : east);
					}
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF that opens only with a password. */
	static byte[] lockedPdf(String text) {
		try (PDDocument document = Loader.loadPDF(pdf(text, 1))) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static EvidenceSummary item(EvidenceService evidence, SignedInUser user, long portfolioId, String title,
			EvidenceKind kind, String fileName, byte[] content) {
		EvidenceService.EvidenceDetails details = new EvidenceService.EvidenceDetails(title, kind, null,
				"About " + title, null, null, Set.of());
		if (content == null) {
			return evidence.add(user, portfolioId, details);
		}
		return evidence.add(user, portfolioId, details,
				List.of(new EvidenceService.IncomingFile(fileName, content.length, new ByteArrayResource(content))));
	}

}
