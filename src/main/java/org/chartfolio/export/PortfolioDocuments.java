package org.chartfolio.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.CitationLookup;
import org.chartfolio.evidence.EvidenceService.ExportedItem;
import org.chartfolio.evidence.EvidenceService.SharedFile;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.pksb.Chart;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.PksbView;
import org.chartfolio.plan.GoalView;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.readiness.GlossaryService;
import org.chartfolio.readiness.ReadinessService;
import org.chartfolio.writing.WritingService;
import org.chartfolio.writing.WritingService.ExportedCitation;
import org.chartfolio.writing.WritingService.ExportedText;

import org.springframework.stereotype.Component;

/**
 * Gathers what the submission PDF shows, through the other modules' public services, each
 * checking that the person may read the portfolio: the {@link PortfolioDocument} the
 * template lays out and the sign-off documents. The evidence files are streamed into the
 * export's working folder as they are read, photos scaled down there and other documents
 * printed to PDF where they can be, so that {@link PdfExport} renders from the folder
 * alone.
 */
@Component
@RequiredArgsConstructor
class PortfolioDocuments {

	/** Everything the template shows. */
	record Gathered(PortfolioDocument document, List<SignOffPages.SignOff> signOffs) {
	}

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final AccountService accounts;

	private final WritingService writing;

	private final EvidenceSharing evidence;

	private final PksbService pksb;

	private final GlossaryService glossary;

	private final PlanService plan;

	private final SignOffPages signOffs;

	private final Clock clock;

	private final ReadablePages readable;

	private final ReadinessService readiness;

	Gathered gather(SignedInUser user, long portfolioId, Path folder, PdfExport.Progress progress) throws IOException {
		PortfolioRef ref = this.access.readable(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		String candidate = this.accounts.displayNameOf(ref.ownerId()).orElse("");
		PortfolioDocument.Cover cover = new PortfolioDocument.Cover(candidate, view.summary().title(),
				view.summary().routeName(), view.summary().postNominals(), LocalDate.now(this.clock),
				this.access.standing(user, portfolioId).submittedOn(), draftFails(user, portfolioId));
		ExportedText text = this.writing.forExport(user, portfolioId);
		List<ExportedItem> exportedItems = this.evidence.forExport(user, portfolioId);
		List<PortfolioDocument.Item> items = new ArrayList<>();
		for (int i = 0; i < exportedItems.size(); i++) {
			progress.step("export.step.evidence", i + 1, exportedItems.size());
			items.add(item(user, portfolioId, exportedItems.get(i), folder));
		}
		PortfolioDocument document = new PortfolioDocument(cover, this.glossary.abbreviations(user, portfolioId),
				text.written(), text.statements(), items, pksb(user, portfolioId), goals(user, portfolioId));
		return new Gathered(document, this.signOffs.gather(user, portfolioId, this.clock.getZone()));
	}

	/**
	 * How many readiness checks fail: a portfolio that is not ready exports marked
	 * "Draft" on every page, so that a copy sent early is never mistaken for the
	 * submission.
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
			attachments.add(new PortfolioDocument.Attachment(file.id(), file.name(), file.contentType(),
					file.readableSize(), copy));
		}
		List<ExportedCitation> citations = exported.citations().stream().map(ExportedCitation::of).toList();
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

	/**
	 * The number of pages, or 0 for a PDF that PDFBox cannot open (broken, or locked with
	 * a password).
	 */
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
			.map((band) -> new PortfolioDocument.ChartBand(band.area(),
					band.bars()
						.stream()
						.map((bar) -> new PortfolioDocument.ChartBar(bar.kind(), bar.value(),
								percent(bar.value(), chart.max())))
						.toList()))
			.toList();
		return new PortfolioDocument.Pksb(view.frameworkName(), rows, bands, chart.max(), chart.endIsNow(),
				view.reflections()
					.stream()
					.map((r) -> new PortfolioDocument.Reflection(r.areaName(), r.text()))
					.toList());
	}

	private static int percent(BigDecimal value, int max) {
		if (value == null || max <= 0) {
			return 0;
		}
		return value.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(max), 0, RoundingMode.HALF_UP)
			.intValue();
	}

	private List<PortfolioDocument.Goal> goals(SignedInUser user, long portfolioId) {
		return this.plan.goals(user, portfolioId)
			.stream()
			.map((GoalView goal) -> new PortfolioDocument.Goal(goal.title(), goal.status().messageKey(),
					goal.targetDate(), goal.reason(), goal.actions(), goal.outcome(), goal.completedOn(),
					goal.evidence().stream().map((e) -> e.number()).toList()))
			.toList();
	}

}
