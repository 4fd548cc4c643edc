package org.chartfolio.export;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * What PDFBox does to the laid-out PDF to finish it: draws the pages of the evidence PDFs
 * onto the empty pages laid out for them, and embeds the files that are neither images
 * nor PDFs.
 */
final class PdfPages {

	/** The strip at the foot of a page kept for its number: 15 mm in points. */
	private static final float FOOTER = 15 * 72 / 25.4f;

	private PdfPages() {
	}

	/**
	 * Draws an evidence PDF's page onto the empty page laid out for it as a reader shows
	 * it: turned by its /Rotate, scaled to fit whole between the running label at the top
	 * ({@link PdfExport#HEADER}) and the page number (which the assessors' contents and
	 * links count by) and centred. A landscape page stays landscape, smaller, rather than
	 * being cut.
	 */
	static void fill(PDDocument pdf, PDPage page, PDFormXObject form, int rotation) throws IOException {
		// PDFBox's own matrix for a turned page stretches it into the unturned box: place
		// it here instead.
		form.setMatrix(new AffineTransform());
		PDRectangle bounds = form.getBBox();
		boolean sideways = rotation == 90 || rotation == 270;
		float width = sideways ? bounds.getHeight() : bounds.getWidth();
		float height = sideways ? bounds.getWidth() : bounds.getHeight();
		PDRectangle box = page.getMediaBox();
		float room = box.getHeight() - FOOTER - PdfExport.HEADER;
		float scale = Math.min(box.getWidth() / width, room / height);
		AffineTransform place = AffineTransform.getTranslateInstance(
				box.getLowerLeftX() + (box.getWidth() - width * scale) / 2,
				box.getLowerLeftY() + FOOTER + (room - height * scale) / 2);
		place.scale(scale, scale);
		place.concatenate(shown(rotation, bounds.getWidth(), bounds.getHeight()));
		place.translate(-bounds.getLowerLeftX(), -bounds.getLowerLeftY());
		try (PDPageContentStream content = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
				true, true)) {
			content.saveGraphicsState();
			content.transform(new Matrix(place));
			content.drawForm(form);
			content.restoreGraphicsState();
		}
	}

	/**
	 * Turns a page of {@code width} by {@code height} from its origin clockwise by
	 * {@code rotation} (as /Rotate turns it on screen), so that what is shown lies
	 * between the origin and its shown width and height.
	 */
	private static AffineTransform shown(int rotation, float width, float height) {
		return switch (rotation) {
			case 90 -> new AffineTransform(0, -1, 1, 0, 0, width);
			case 180 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 270 -> new AffineTransform(0, 1, -1, 0, height, 0);
			default -> new AffineTransform();
		};
	}

	/**
	 * Attaches the files that are neither images nor PDFs as embedded files, named after
	 * their item.
	 */
	static void attach(PDDocument pdf, PortfolioDocument document) throws IOException {
		Map<String, PDComplexFileSpecification> files = new TreeMap<>();
		for (PortfolioDocument.Item item : document.items()) {
			for (PortfolioDocument.Attachment attachment : item.attachments()) {
				PDEmbeddedFile embedded;
				try (InputStream content = Files.newInputStream(attachment.path())) {
					embedded = new PDEmbeddedFile(pdf, content);
				}
				embedded.setSubtype(attachment.contentType());
				embedded.setSize((int) Math.min(Integer.MAX_VALUE, Files.size(attachment.path())));
				PDComplexFileSpecification spec = new PDComplexFileSpecification();
				String name = item.label() + " " + attachment.name();
				spec.setFile(name);
				spec.setFileUnicode(name);
				spec.setFileDescription(item.label() + " " + item.title());
				spec.setEmbeddedFile(embedded);
				spec.setEmbeddedFileUnicode(embedded);
				files.put(item.label() + "-" + attachment.fileId(), spec);
			}
		}
		if (files.isEmpty()) {
			return;
		}
		PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
		tree.setNames(files);
		PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
		names.setEmbeddedFiles(tree);
		pdf.getDocumentCatalog().setNames(names);
	}

}
