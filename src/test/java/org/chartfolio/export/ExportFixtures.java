package org.chartfolio.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
