package org.chartfolio.export;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.LayerUtility;
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
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.CitationLookup;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceService.ExportedItem;
import org.chartfolio.evidence.EvidenceService.SharedFile;
import org.chartfolio.pksb.Chart;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.PksbView;
import org.chartfolio.readiness.GlossaryService;
import org.chartfolio.readiness.ReadinessService;
import org.chartfolio.plan.GoalView;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingService;
import org.chartfolio.writing.WritingService.ExportedSection;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Builds the submission PDF in a working folder. Files are streamed from the evidence store to
 * that folder, photos are scaled down there, and PDFBox keeps its buffers in temporary files, so
 * the heap holds the layout of the document and little else. The PDF files of evidence are laid
 * out as empty pages that PDFBox then fills with their pages, so the contents, bookmarks and links
 * point at them like at any other page.
 */
@Component
class PdfExport {

	/** How an export says how far it has got: a message key and, for counted steps, done of total. */
	interface Progress {

		void step(String messageKey, int done, int total);

	}

	/** A font file on the classpath and the family, weight and style the template asks for it by. */
	private record Font(String family, String file, int weight, FontStyle style) {

		InputStream open() {
			return Objects.requireNonNull(PdfExport.class.getResourceAsStream("/fonts/" + this.file), this.file);
		}

	}

	/** The strip at the foot of a page kept for its number: 15 mm in points. */
	private static final float FOOTER = 15 * 72 / 25.4f;

	/**
	 * The strip at the top of an appended page kept for the draft mark (in the page's top margin) and
	 * the running label that says which item and file the page belongs to: 28 mm in points.
	 */
	static final float HEADER = 28 * 72 / 25.4f;

	private static final Pattern APPENDED = Pattern.compile("append-\\d+-\\d+");

	/**
	 * The fonts the template names, shipped in {@code fonts/} with their licence: DejaVu covers Welsh,
	 * Polish, Czech, Greek and Cyrillic where the PDF base fonts print '#'. Each is embedded as a
	 * subset of the characters used, so a font costs the PDF tens of kilobytes, not its whole file.
	 */
	private static final List<Font> FONTS = List.of(new Font("DejaVu Sans", "DejaVuSans.ttf", 400, FontStyle.NORMAL),
			new Font("DejaVu Sans", "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Font("DejaVu Sans", "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
			new Font("DejaVu Sans", "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
			new Font("DejaVu Sans Mono", "DejaVuSansMono.ttf", 400, FontStyle.NORMAL));

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final AccountService accounts;

	private final WritingService writing;

	private final EvidenceService evidence;

	private final PksbService pksb;

	private final GlossaryService glossary;

	private final PlanService plan;

	private final ITemplateEngine templates;

	private final SignOffPages signOffs;

	private final Clock clock;

	private final ReadablePages readable;

	private final ReadinessService readiness;

	PdfExport(PortfolioAccess access, PortfolioService portfolios, AccountService accounts, WritingService writing,
			EvidenceService evidence, PksbService pksb, GlossaryService glossary, PlanService plan, ITemplateEngine templates,
			SignOffPages signOffs, Clock clock, ReadablePages readable, ReadinessService readiness) {
		this.signOffs = signOffs;
		this.readable = readable;
		this.readiness = readiness;
		this.access = access;
		this.portfolios = portfolios;
		this.accounts = accounts;
		this.writing = writing;
		this.evidence = evidence;
		this.pksb = pksb;
		this.glossary = glossary;
		this.plan = plan;
		this.templates = templates;
		this.clock = clock;
	}

	/** Writes the portfolio's PDF into {@code folder} and gives its path; everything else there may be deleted. */
	Path write(SignedInUser user, long portfolioId, Path folder, Progress progress) throws IOException {
		progress.step("export.step.reading", 0, 0);
		PortfolioDocument document = gather(user, portfolioId, folder, progress);
		progress.step("export.step.layout", 0, 0);
		Context context = new Context(Locale.UK, Map.of("doc", document, "signoffs",
				this.signOffs.gather(user, portfolioId, this.clock.getZone())));
		String html = this.templates.process(new TemplateSpec("export/pdf", TemplateMode.XML), context);
		Path result = folder.resolve("portfolio.pdf");
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html, folder.toUri().toString())
			.useExternalResourceAccessControl((uri, type) -> inside(folder, uri),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.usePDDocument(new PDDocument(IOUtils.createTempFileOnlyStreamCache()))
			// Tagged for screen readers (headings, lists, tables, links, image alt texts), with the title and
			// language a reader announces: assessors read the submission with whatever they use every day.
			.usePdfUaAccessibility(true);
		useFonts(builder);
		List<PDDocument> sources = new ArrayList<>();
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			renderer.createPDFWithoutClosing();
			// Where the empty pages for evidence PDFs fell; known once the pages are drawn.
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
						fill(pdf, pdf.getPage(at), layers.importPageAsForm(source, page - 1),
								source.getPage(page - 1).getRotation());
					}
				}
			}
			progress.step("export.step.attaching", 0, 0);
			attach(pdf, document);
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
	 * The renderer reads nothing but the scaled photos in the export's own folder: no other file, and
	 * nothing from the network, whatever a statement's Markdown holds.
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

	private PortfolioDocument gather(SignedInUser user, long portfolioId, Path folder, Progress progress)
			throws IOException {
		PortfolioRef ref = this.access.readable(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		String candidate = this.accounts.displayNameOf(ref.ownerId()).orElse("");
		PortfolioDocument.Cover cover = new PortfolioDocument.Cover(candidate, view.summary().title(),
				view.summary().routeName(), view.summary().postNominals(), LocalDate.now(this.clock),
				this.access.standing(user, portfolioId).submittedOn(), draftFails(user, portfolioId));
		List<PortfolioDocument.Part> written = new ArrayList<>();
		List<PortfolioDocument.Part> statements = new ArrayList<>();
		for (ExportedSection exported : this.writing.forExport(user, portfolioId)) {
			SectionView section = exported.section();
			PortfolioDocument.Part part = new PortfolioDocument.Part("section-" + section.id(),
					section.kind().messageKey(), section.criterionNumber(), section.title(),
					section.criterionDescription(), exported.html());
			(section.isStatement() ? statements : written).add(part);
		}
		List<ExportedItem> exportedItems = this.evidence.forExport(user, portfolioId);
		List<PortfolioDocument.Item> items = new ArrayList<>();
		for (int i = 0; i < exportedItems.size(); i++) {
			progress.step("export.step.evidence", i + 1, exportedItems.size());
			items.add(item(user, portfolioId, exportedItems.get(i), folder));
		}
		return new PortfolioDocument(cover, this.glossary.abbreviations(user, portfolioId), written, statements, items, pksb(user, portfolioId), goals(user, portfolioId));
	}

	/**
	 * How many readiness checks fail: a portfolio that is not ready exports marked "Draft" on every page,
	 * so that a copy sent early is never mistaken for the submission.
	 */
	private int draftFails(SignedInUser user, long portfolioId) {
		return Math.toIntExact(this.readiness.readiness(user, portfolioId).fails());
	}

	private PortfolioDocument.Item item(SignedInUser user, long portfolioId, ExportedItem exported, Path folder)
			throws IOException {
		List<PortfolioDocument.Image> images = new ArrayList<>();
		List<PortfolioDocument.AppendedPdf> pdfs = new ArrayList<>();
		List<PortfolioDocument.Attachment> attachments = new ArrayList<>();
		for (SharedFile file : exported.files()) {
			Path copy = folder.resolve("file-" + file.id());
			if (!copy(user, portfolioId, exported.summary().id(), file, copy)) {
				continue;
			}
			if (file.contentType().startsWith("image/")) {
				var scaled = ImageScaler.scale(copy, folder.resolve("image-" + file.id()));
				if (scaled.isPresent()) {
					Files.delete(copy);
					images.add(new PortfolioDocument.Image(file.name(), scaled.get().toUri().toString()));
					continue;
				}
			}
			if ("application/pdf".equals(file.contentType())) {
				int pages = pageCount(copy);
				if (pages > 0) {
					pdfs.add(new PortfolioDocument.AppendedPdf(file.id(), file.name(), pages, copy, false));
					continue;
				}
			}
			var printed = this.readable.asPdf(file.id(), file.contentType(), copy, folder);
			if (printed.isPresent()) {
				int pages = pageCount(printed.get());
				if (pages > 0) {
					pdfs.add(new PortfolioDocument.AppendedPdf(file.id(), file.name(), pages, printed.get(), true));
					continue;
				}
			}
			attachments.add(new PortfolioDocument.Attachment(file.id(), file.name(), file.contentType(), file.readableSize(),
					copy));
		}
		List<PortfolioDocument.Citation> citations = exported.citations()
			.stream()
			.map((c) -> new PortfolioDocument.Citation("#section-" + c.sectionId() + "-" + c.anchor(),
					c.criterionNumber(), c.sectionTitle()))
			.toList();
		List<Integer> criteria = exported.citations()
			.stream()
			.map(CitationLookup.Citation::criterionNumber)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		var summary = exported.summary();
		return new PortfolioDocument.Item(summary.number(), summary.title(), summary.kind().messageKey(),
				summary.activityDate(), exported.description(), exported.reflection(), exported.link(), exported.tags(),
				criteria, citations, images, pdfs, attachments);
	}

	private boolean copy(SignedInUser user, long portfolioId, long evidenceId, SharedFile file, Path target)
			throws IOException {
		var download = this.evidence.openFile(user, portfolioId, evidenceId, file.id());
		if (download.isEmpty()) {
			return false;
		}
		try (InputStream content = download.get().content()) {
			Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return true;
	}

	/** The number of pages, or 0 for a PDF that PDFBox cannot open (broken, or locked with a password). */
	private static int pageCount(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			return document.isEncrypted() ? 0 : document.getNumberOfPages();
		}
		catch (IOException | RuntimeException unreadable) {
			return 0;
		}
	}

	private PortfolioDocument.Pksb pksb(SignedInUser user, long portfolioId) {
		PksbView view = this.pksb.assessment(user, portfolioId);
		List<PortfolioDocument.PksbRow> rows = view.rows()
			.stream()
			.map((row) -> new PortfolioDocument.PksbRow(row.name(), row.start(), row.now(), row.target(), row.end(),
					row.comment()))
			.toList();
		Chart chart = view.chart();
		List<PortfolioDocument.ChartBand> bands = chart.bands()
			.stream()
			.map((band) -> new PortfolioDocument.ChartBand(band.area(), band.bars()
				.stream()
				.map((bar) -> new PortfolioDocument.ChartBar(bar.kind(), bar.value(), percent(bar.value(), chart.max())))
				.toList()))
			.toList();
		return new PortfolioDocument.Pksb(view.frameworkName(), rows, bands, chart.max(), chart.endIsNow(),
				view.reflections().stream().map((r) -> new PortfolioDocument.Reflection(r.areaName(), r.text())).toList());
	}

	private static int percent(BigDecimal value, int max) {
		if (value == null || max <= 0) {
			return 0;
		}
		return value.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(max), 0, RoundingMode.HALF_UP).intValue();
	}

	private List<PortfolioDocument.Goal> goals(SignedInUser user, long portfolioId) {
		return this.plan.goals(user, portfolioId)
			.stream()
			.map((GoalView goal) -> new PortfolioDocument.Goal(goal.title(), goal.status().messageKey(), goal.targetDate(),
					goal.reason(), goal.actions(), goal.outcome(), goal.completedOn(),
					goal.evidence().stream().map((e) -> e.number()).toList()))
			.toList();
	}

	/**
	 * Draws an evidence PDF's page onto the empty page laid out for it as a reader shows it: turned by
	 * its /Rotate, scaled to fit whole between the running label at the top ({@link #HEADER}) and the
	 * page number (which the assessors' contents and links count by) and centred. A landscape page stays landscape, smaller, rather than being cut.
	 */
	static void fill(PDDocument pdf, PDPage page, PDFormXObject form, int rotation) throws IOException {
		// PDFBox's own matrix for a turned page stretches it into the unturned box: place it here instead.
		form.setMatrix(new AffineTransform());
		PDRectangle bounds = form.getBBox();
		boolean sideways = rotation == 90 || rotation == 270;
		float width = sideways ? bounds.getHeight() : bounds.getWidth();
		float height = sideways ? bounds.getWidth() : bounds.getHeight();
		PDRectangle box = page.getMediaBox();
		float room = box.getHeight() - FOOTER - HEADER;
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
	 * Turns a page of {@code width} by {@code height} from its origin clockwise by {@code rotation}
	 * (as /Rotate turns it on screen), so that what is shown lies between the origin and its shown
	 * width and height.
	 */
	private static AffineTransform shown(int rotation, float width, float height) {
		return switch (rotation) {
			case 90 -> new AffineTransform(0, -1, 1, 0, 0, width);
			case 180 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 270 -> new AffineTransform(0, 1, -1, 0, height, 0);
			default -> new AffineTransform();
		};
	}

	/** Attaches the files that are neither images nor PDFs as embedded files, named after their item. */
	private static void attach(PDDocument pdf, PortfolioDocument document) throws IOException {
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
