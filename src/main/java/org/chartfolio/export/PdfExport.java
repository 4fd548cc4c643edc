package org.chartfolio.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.chartfolio.account.SignedInUser;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Renders the submission PDF in a working folder from what {@link PortfolioDocuments}
 * gathered there: the Thymeleaf template laid out by openhtmltopdf, then finished by
 * PDFBox ({@link PdfPages}). PDFBox keeps its buffers in temporary files, so the heap
 * holds the layout of the document and little else. The PDF files of evidence are laid
 * out as empty pages that PDFBox then fills with their pages, so the contents, bookmarks
 * and links point at them like at any other page.
 */
@Component
@RequiredArgsConstructor
class PdfExport {

	/**
	 * How an export says how far it has got: a message key and, for counted steps, done
	 * of total.
	 */
	interface Progress {

		void step(String messageKey, int done, int total);

	}

	/**
	 * A font file on the classpath and the family, weight and style the template asks for
	 * it by.
	 */
	private record Font(String family, String file, int weight, FontStyle style) {

		InputStream open() {
			return Objects.requireNonNull(PdfExport.class.getResourceAsStream("/fonts/" + this.file), this.file);
		}

	}

	/**
	 * The strip at the top of an appended page kept for the draft mark (in the page's top
	 * margin) and the running label that says which item and file the page belongs to: 28
	 * mm in points.
	 */
	static final float HEADER = 28 * 72 / 25.4f;

	private static final Pattern APPENDED = Pattern.compile("append-\\d+-\\d+");

	/**
	 * The fonts the template names, shipped in {@code fonts/} with their licence: DejaVu
	 * covers Welsh, Polish, Czech, Greek and Cyrillic where the PDF base fonts print '#'.
	 * Each is embedded as a subset of the characters used, so a font costs the PDF tens
	 * of kilobytes, not its whole file.
	 */
	private static final List<Font> FONTS = List.of(new Font("DejaVu Sans", "DejaVuSans.ttf", 400, FontStyle.NORMAL),
			new Font("DejaVu Sans", "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Font("DejaVu Sans", "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
			new Font("DejaVu Sans", "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
			new Font("DejaVu Sans Mono", "DejaVuSansMono.ttf", 400, FontStyle.NORMAL));

	private final PortfolioDocuments documents;

	private final ITemplateEngine templates;

	/**
	 * Writes the portfolio's PDF into {@code folder} and gives its path; everything else
	 * there may be deleted.
	 */
	Path write(SignedInUser user, long portfolioId, Path folder, Progress progress) throws IOException {
		progress.step("export.step.reading", 0, 0);
		PortfolioDocuments.Gathered gathered = this.documents.gather(user, portfolioId, folder, progress);
		PortfolioDocument document = gathered.document();
		progress.step("export.step.layout", 0, 0);
		Context context = new Context(Locale.UK, Map.of("doc", document, "signoffs", gathered.signOffs()));
		String html = this.templates.process(new TemplateSpec("export/pdf", TemplateMode.XML), context);
		Path result = folder.resolve("portfolio.pdf");
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html, folder.toUri().toString())
			.useExternalResourceAccessControl((uri, type) -> inside(folder, uri),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.usePDDocument(new PDDocument(IOUtils.createTempFileOnlyStreamCache()))
			// Tagged for screen readers (headings, lists, tables, links, image alt
			// texts), with the title and
			// language a reader announces: assessors read the submission with whatever
			// they use every day.
			.usePdfUaAccessibility(true);
		useFonts(builder);
		List<PDDocument> sources = new ArrayList<>();
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			renderer.createPDFWithoutClosing();
			// Where the empty pages for evidence PDFs fell; known once the pages are
			// drawn.
			Map<String, Integer> pages = new HashMap<>();
			for (PagePosition<Box> position : renderer.findPagePositionsByID(APPENDED)) {
				pages.putIfAbsent(position.getId(), position.getPageNo());
			}
			PDDocument pdf = renderer.getPdfDocument();
			List<PortfolioDocument.AppendedPdf> appended = document.items()
				.stream()
				.flatMap((item) -> item.pdfs().stream())
				.toList();
			LayerUtility layers = new LayerUtility(pdf);
			for (int i = 0; i < appended.size(); i++) {
				progress.step("export.step.appending", i + 1, appended.size());
				PortfolioDocument.AppendedPdf file = appended.get(i);
				PDDocument source = Loader.loadPDF(file.path().toFile(), IOUtils.createTempFileOnlyStreamCache());
				sources.add(source);
				for (int page = 1; page <= file.pages(); page++) {
					Integer at = pages.get(file.anchor(page));
					if (at != null) {
						PdfPages.fill(pdf, pdf.getPage(at), layers.importPageAsForm(source, page - 1),
								source.getPage(page - 1).getRotation());
					}
				}
			}
			progress.step("export.step.attaching", 0, 0);
			PdfPages.attach(pdf, document);
			progress.step("export.step.saving", 0, 0);
			try (OutputStream out = Files.newOutputStream(result)) {
				pdf.save(out);
			}
		}
		finally {
			for (PDDocument source : sources) {
				source.close();
			}
		}
		return result;
	}

	/** Registers the fonts the templates name, each embedded as a subset. */
	static void useFonts(PdfRendererBuilder builder) {
		for (Font font : FONTS) {
			builder.useFont(font::open, font.family(), font.weight(), font.style(), true);
		}
	}

	/**
	 * The renderer reads nothing but the scaled photos in the export's own folder: no
	 * other file, and nothing from the network, whatever a statement's Markdown holds.
	 */
	private static boolean inside(Path folder, String uri) {
		try {
			URI resolved = URI.create(uri);
			return "file".equals(resolved.getScheme()) && Path.of(resolved).normalize().startsWith(folder);
		}
		catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
			return false;
		}
	}

}
