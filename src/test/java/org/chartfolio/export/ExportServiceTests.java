package org.chartfolio.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.GlossaryService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.chartfolio.support.GoalEditBuilder.goal;

@IntegrationTest
class ExportServiceTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ExportService exports;

	@Autowired
	private ExportJobs jobs;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private PksbService pksb;

	@Autowired
	private GlossaryService glossary;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private MutableClock clock;

	@Autowired
	private org.chartfolio.readiness.ReadinessService readiness;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * A candidate's portfolio with statements citing items with a PDF, a photo and a text
	 * file, a goal and a PKSB rating.
	 */
	record Scene(SignedInUser candidate, long portfolioId, EvidenceSummary pdfItem, EvidenceSummary photoItem,
			EvidenceSummary textItem) {
	}

	Scene scene() {
		Portfolio p = this.scene.candidate("Zoë O’Brien").portfolio("chartership");
		EvidenceSummary pdfItem = ExportFixtures.item(this.evidence, p.candidate(), p.id(), "First Aid certificate",
				EvidenceKind.CERTIFICATE, "first-aid.pdf", ExportFixtures.pdf("Certificate of First Aid", 2));
		EvidenceSummary photoItem = ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Summer reading display",
				EvidenceKind.PHOTO, "display.png", TestFiles.png(1600, 1000));
		EvidenceSummary textItem = ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Committee minutes",
				EvidenceKind.MINUTES, "minutes.txt",
				"Minutes of the reading committee".getBytes(StandardCharsets.UTF_8));
		List<SectionView> sections = this.scene.sections(p);
		SectionView first = sections.stream()
			.filter((s) -> Integer.valueOf(1).equals(s.criterionNumber()))
			.findFirst()
			.orElseThrow();
		SectionView second = sections.stream()
			.filter((s) -> Integer.valueOf(2).equals(s.criterionNumber()))
			.findFirst()
			.orElseThrow();
		SectionView cv = sections.stream().filter((s) -> s.kind() == SectionKind.CV).findFirst().orElseThrow();
		this.scene.write(p, first.id(),
				"I took a First Aid course [E1] – it changed how I run events.\n\nThe café’s display [E2] drew new readers.");
		this.scene.write(p, second.id(), "The committee [E3] agreed the plan for our LMS.");
		this.glossary.define(p.candidate(), p.id(), "LMS", "Library Management System", null);
		this.glossary.define(p.candidate(), p.id(), "GDPR", "General Data Protection Regulation", null);
		this.scene.write(p, cv.id(), "Librarian at Westfield since 2019.");
		this.scene.goal(p,
				goal("Do a First Aid course").reason("Safety at events")
					.actions("Book it")
					.target(LocalDate.of(2026, 6, 1))
					.status(GoalStatus.DONE)
					.outcome("Passed")
					.evidence(pdfItem.id()));
		String area = this.pksb.assessment(p.candidate(), p.id()).choices().get(0).key();
		long rating = this.pksb.choose(p.candidate(), p.id(), area);
		this.pksb.rate(p.candidate(), p.id(), rating, new PksbService.RatingEdit(1, 3, "Run a survey", 0));
		long areaId = this.pksb.assessment(p.candidate(), p.id()).reflections().get(0).areaId();
		this.pksb.reflect(p.candidate(), p.id(), areaId,
				new PksbService.ReflectionEdit("From 1 to 3: the survey showed what readers wanted.", -1));
		return new Scene(p.candidate(), p.id(), pdfItem, photoItem, textItem);
	}

	@Test
	void theCandidatesPdfHoldsTheWholePortfolioWithLinksBookmarksAppendedPagesAndAttachments() throws Exception {
		Scene scene = scene();
		String jobId = this.exports.startPdf(scene.candidate(), scene.portfolioId(), true).toString();
		Path file = await(scene.candidate(), scene.portfolioId(), jobId);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String cover = stripper.getText(pdf);
			assertThat(cover).contains("Zoë O’Brien")
				.contains("My chartership portfolio")
				.contains("Chartership")
				.contains("Exported on");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String contents = stripper.getText(pdf);
			assertThat(contents).containsPattern("Evidence map\\W*\\d+");
			assertThat(contents).contains("Contents")
				.containsPattern("Abbreviations\\W*\\d+")
				.containsPattern("Annotated CV\\W*\\d+")
				.containsPattern("Evidence index\\W*\\d+")
				.containsPattern("Development plan\\W*\\d+");
			PDFTextStripper byPosition = new PDFTextStripper();
			// Links are drawn after the text around them: read the words in the order a
			// reader sees them.
			byPosition.setSortByPosition(true);
			String all = byPosition.getText(pdf);
			assertThat(all).contains("I took a First Aid course [E1] – it changed how I run events")
				.contains("The café’s display")
				.contains("Certificate of First Aid page 1")
				.contains("Certificate of First Aid page 2")
				.contains("minutes.txt")
				.contains("Do a First Aid course")
				.as("an item's and a goal's details")
				.contains("About First Aid certificate")
				.contains("1 June 2026")
				.contains("LMS Library Management System")
				.as("the end reflection on the PKSB area")
				.contains("End reflections")
				.contains("From 1 to 3: the survey showed what readers wanted.")
				.as("an explained acronym the writing does not use is left out")
				.doesNotContain("General Data Protection Regulation");

			assertThat(PdfReading.outlineTitles(pdf.getDocumentCatalog().getDocumentOutline())).contains("Cover",
					"Contents", "Abbreviations", "Annotated CV", "Reflective statement", "Evidence index",
					"Evidence map", "Evidence", "E1 First Aid certificate", "first-aid.pdf (2 page(s))",
					"E2 Summer reading display", "PKSB self-assessment", "Development plan");

			var catalog = pdf.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).isEqualTo("en-GB");
			assertThat(pdf.getDocumentInformation().getTitle()).contains("My chartership portfolio");

			int mapPage = PdfReading.pageContaining(pdf, "Each row is an evidence item");
			PDFTextStripper map = new PDFTextStripper();
			map.setSortByPosition(true);
			map.setStartPage(mapPage + 1);
			map.setEndPage(mapPage + 1);
			assertThat(map.getText(pdf))
				.as("the evidence map, a column per written statement: E1 and E2 back criterion 1, E3 criterion 2")
				.containsPattern("Criterion 1\\s+Criterion 2\\s+Total")
				.containsPattern("E1 First Aid certificate\\s+1\\s+1")
				.containsPattern("E3 Committee minutes\\s+1\\s+1")
				.containsPattern("Total\\s+2\\s+1");
			assertThat(PdfReading.linkTargets(pdf, mapPage)).as("the map links to the items")
				.contains(PdfReading.pageContaining(pdf, "E1 First Aid certificate\n"));
			int statementPage = PdfReading.pageContaining(pdf, "I took a First Aid course");
			int itemPage = PdfReading.pageContaining(pdf, "E1 First Aid certificate\n");
			int appendedPage = PdfReading.pageContaining(pdf, "Certificate of First Aid page 1");
			assertThat(PdfReading.linkTargets(pdf, statementPage)).as("citation [E1] links to the item's page")
				.contains(itemPage);
			assertThat(PdfReading.linkTargets(pdf, itemPage))
				.as("the item links back to the statement and on to its pages")
				.contains(statementPage, appendedPage);
			assertThat(appendedPage).isEqualTo(itemPage + 1);

			var photoPage = pdf.getPage(PdfReading.pageContaining(pdf, "E2 Summer reading display\n")).getResources();
			List<Integer> imageWidths = new ArrayList<>();
			for (var name : photoPage.getXObjectNames()) {
				if (photoPage.getXObject(name) instanceof PDImageXObject image) {
					imageWidths.add(image.getWidth());
				}
			}
			assertThat(imageWidths).as("the photo is on its item's page, scaled down").containsExactly(1200);

			int minutesItemPage = PdfReading.pageContaining(pdf, "E3 Committee minutes\n");
			int minutesPage = PdfReading.pageContaining(pdf, "Minutes of the reading committee");
			assertThat(minutesPage).as("the text file is printed as a page straight after its item")
				.isEqualTo(minutesItemPage + 1);
			List<String> pages = PdfReading.pageTexts(pdf);
			assertThat(pages.get(minutesPage)).as("its running label").contains("E3 · minutes.txt · page 1 of 1");
			assertThat(pages.get(appendedPage)).contains("E1 · first-aid.pdf · page 1 of 2");
			assertThat(pages.get(appendedPage + 1)).contains("E1 · first-aid.pdf · page 2 of 2")
				.contains("Certificate of First Aid page 2");
			assertThat(pdf.getDocumentCatalog().getNames()).as("nothing is left only attached").isNull();

			long fails = this.readiness.readiness(scene.candidate(), scene.portfolioId()).fails();
			assertThat(fails).as("the scene is not ready to submit").isGreaterThan(1);
			assertThat(pages).as("a draft says so on the cover and on every page, appended ones too")
				.allSatisfy((page) -> assertThat(page).contains("Draft: " + fails + " checks fail"));
			assertThat(pages.get(0)).contains("Draft: " + fails + " readiness checks fail.")
				.contains("This is not the copy to");
		}
	}

	@Test
	void welshPolishGreekAndCyrillicReadBackExactlyInEmbeddedSubsetsOfDejaVu() throws Exception {
		Portfolio p = this.scene.candidate("Siân Ŵyn Łukasz").portfolio("chartership");
		SectionView first = this.scene.sections(p)
			.stream()
			.filter((s) -> Integer.valueOf(1).equals(s.criterionNumber()))
			.findFirst()
			.orElseThrow();
		String statement = "Llyfrgell Genedlaethol — ŵ ŷ Ŵ Ŷ, Dvořák, Ελληνικά, Кириллица, “curly”";
		this.scene.write(p, first.id(), statement + "\n\nThe catalogue code `Łódź-ŵ-01`.");
		String jobId = this.exports.startPdf(p.candidate(), p.id(), true).toString();
		Path file = await(p.candidate(), p.id(), jobId);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDFTextStripper cover = new PDFTextStripper();
			cover.setEndPage(1);
			assertThat(cover.getText(pdf)).contains("Siân Ŵyn Łukasz");
			int page = PdfReading.pageContaining(pdf, "Llyfrgell Genedlaethol");
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(statement).contains("Łódź-ŵ-01").doesNotContain("#");

			List<PDFont> fonts = new ArrayList<>();
			for (int n : new int[] { 0, page }) {
				PDResources resources = pdf.getPage(n).getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
				assertThat(font.getName()).as("a subset of DejaVu").matches("[A-Z]{6}\\+DejaVuSans.*");
			});
			assertThat(fonts).extracting(PDFont::getName)
				.anySatisfy((name) -> assertThat(name).endsWith("+DejaVuSans"))
				.anySatisfy((name) -> assertThat(name).endsWith("+DejaVuSans-Bold"))
				.anySatisfy((name) -> assertThat(name).endsWith("+DejaVuSansMono"));
		}
		assertThat(Files.size(file)).as("subsets keep the PDF small").isLessThan(300_000);
	}

	@Test
	void landscapeAndRotatedPagesAreAppendedUprightAndWholeOnTheirA4Pages() throws Exception {
		Portfolio p = this.scene.candidate("Rhys Landscape").portfolio("chartership");
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Rota and floor plan", EvidenceKind.DOCUMENT,
				"rota.pdf", ExportFixtures.landscapeAndRotatedPdf());
		String jobId = this.exports.startPdf(p.candidate(), p.id(), true).toString();
		Path file = await(p.candidate(), p.id(), jobId);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			int itemPage = PdfReading.pageContaining(pdf, "E1 Rota and floor plan\n");
			for (int n = 1; n <= 3; n++) {
				int page = itemPage + n;
				PDRectangle a4 = pdf.getPage(page).getMediaBox();
				assertThat(pdf.getPage(page).getRotation()).isZero();
				List<TextPosition> letters = letters(pdf, page);
				String words = letters.stream()
					.map(TextPosition::getUnicode)
					.collect(java.util.stream.Collectors.joining());
				assertThat(words).as("page %d of the file reads back from page %d", n, page + 1)
					.contains(String.join("", ExportFixtures.EDGE_WORDS[n - 1]));
				assertThat(letters).as("upright and inside the A4 page").allSatisfy((letter) -> {
					assertThat(letter.getDir()).isZero();
					assertThat(letter.getXScale()).as("not stretched")
						.isCloseTo(letter.getYScale(), withinPercentage(1));
					assertThat(letter.getXDirAdj()).isBetween(0f, a4.getWidth());
					assertThat(letter.getYDirAdj()).isBetween(0f, a4.getHeight());
				});
				// The file's corners are marked: first letters near the left edge, last
				// ones near the right.
				assertThat(letters.get(0).getXDirAdj()).isLessThan(a4.getWidth() / 4);
				assertThat(letters.get(letters.size() - 1).getXDirAdj()).isGreaterThan(a4.getWidth() * 3 / 4);
			}
		}
	}

	@Test
	void brokenAndPasswordProtectedPdfsAreAttachedInsteadOfAppended() throws Exception {
		Portfolio p = this.scene.candidate("Bryn Broken").portfolio("chartership");
		byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer <<>>\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] locked = ExportFixtures.lockedPdf("Secret minutes");
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Broken scan", EvidenceKind.DOCUMENT, "scan.pdf",
				broken);
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Locked minutes", EvidenceKind.MINUTES, "locked.pdf",
				locked);
		String jobId = this.exports.startPdf(p.candidate(), p.id(), true).toString();
		Path file = await(p.candidate(), p.id(), jobId);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			Map<String, PDComplexFileSpecification> attached = pdf.getDocumentCatalog()
				.getNames()
				.getEmbeddedFiles()
				.getNames();
			assertThat(attached.values()).extracting(PDComplexFileSpecification::getFilename)
				.containsExactlyInAnyOrder("E1 scan.pdf", "E2 locked.pdf");
			for (PDComplexFileSpecification spec : attached.values()) {
				assertThat(spec.getEmbeddedFile().toByteArray())
					.isEqualTo(spec.getFilename().startsWith("E1") ? broken : locked);
			}
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("scan.pdf").contains("locked.pdf").doesNotContain("Secret minutes");
		}
	}

	@Test
	void aPortfolioThatFailsReadinessIsNotExportedUntilADraftIsConfirmed() {
		Scene scene = scene();
		assertThatThrownBy(() -> this.exports.startPdf(scene.candidate(), scene.portfolioId(), false))
			.isInstanceOf(ExportService.DraftNotConfirmedException.class);
		assertThat(this.jdbc.sql("select count(*) from export_job where portfolio_id = ?")
			.param(scene.portfolioId())
			.query(Long.class)
			.single()).as("nothing was queued").isZero();
		assertThat(this.exports.before(scene.candidate(), scene.portfolioId()).draft()).isTrue();
	}

	@Test
	void itemsWithoutFilesShareAPageAndOfficeFilesAreConvertedOrListedForSavingAsPdf() throws Exception {
		Portfolio p = this.scene.candidate("Cai Compact").portfolio("chartership");
		for (String title : List.of("Led the induction", "Ran the book group", "Chaired the forum")) {
			ExportFixtures.item(this.evidence, p.candidate(), p.id(), title, EvidenceKind.NOTE, null, null);
		}
		ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Service plan", EvidenceKind.DOCUMENT, "plan.odt",
				ExportFixtures.odt("The service plan for 2026"));
		ExportService.Before before = this.exports.before(p.candidate(), p.id());
		String jobId = this.exports.startPdf(p.candidate(), p.id(), true).toString();
		Path file = await(p.candidate(), p.id(), jobId);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			int first = PdfReading.pageContaining(pdf, "E1 Led the induction\n");
			assertThat(PdfReading.pageContaining(pdf, "E2 Ran the book group\n")).as("several to a page")
				.isEqualTo(first);
			assertThat(PdfReading.pageContaining(pdf, "E3 Chaired the forum\n")).isEqualTo(first);
			int plan = PdfReading.pageContaining(pdf, "E4 Service plan\n");
			if (before.converts()) {
				assertThat(before.unprinted()).isEmpty();
				assertThat(PdfReading.pageTexts(pdf).get(plan + 1)).contains("E4 · plan.odt · page 1 of 1")
					.contains("The service plan for 2026");
			}
			else {
				assertThat(before.unprinted()).as("the export page names it, to be saved as PDF")
					.containsExactly(new ExportService.Unprinted("E4", "Service plan", "plan.odt"));
				assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().values())
					.extracting(PDComplexFileSpecification::getFilename)
					.containsExactly("E4 plan.odt");
			}
		}
	}

	@Test
	void aMentorMayExportButAStrangerOrLineManagerMayNotAndAJobIsItsStartersAlone() {
		Scene scene = scene();
		SignedInUser mentor = this.scene.person("Mentor");
		SignedInUser manager = this.scene.person("Manager");
		SignedInUser stranger = this.scene.person("Stranger");
		this.memberships.join(scene.portfolioId(), mentor, PortfolioRole.MENTOR);
		this.memberships.join(scene.portfolioId(), manager, PortfolioRole.LINE_MANAGER);

		assertThatThrownBy(() -> this.exports.startPdf(stranger, scene.portfolioId(), true))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.exports.startPdf(manager, scene.portfolioId(), true))
			.isInstanceOf(PortfolioNotFoundException.class);

		String mentorsJob = this.exports.startPdf(mentor, scene.portfolioId(), true).toString();
		assertThat(this.exports.job(mentor, scene.portfolioId(), mentorsJob).id().toString()).isEqualTo(mentorsJob);
		assertThatThrownBy(() -> this.exports.job(scene.candidate(), scene.portfolioId(), mentorsJob))
			.as("the candidate cannot see the mentor's job")
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.exports.download(scene.candidate(), scene.portfolioId(), mentorsJob))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.exports.job(mentor, scene.portfolioId(), UUID.randomUUID().toString()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.exports.job(mentor, scene.portfolioId(), "not-a-job"))
			.isInstanceOf(PortfolioNotFoundException.class);
	}

	@Test
	void aFinishedExportExpiresAndItsPdfIsDeleted() throws Exception {
		Scene scene = scene();
		String jobId = this.exports.startPdf(scene.candidate(), scene.portfolioId(), true).toString();
		Path file = await(scene.candidate(), scene.portfolioId(), jobId);
		assertThat(Files.size(file)).isPositive();
		assertThat(this.jdbc.sql("select count(*) from export_pdf where job_id = ?::uuid")
			.param(jobId)
			.query(Long.class)
			.single()).as("the PDF is kept in the database, not in a folder of one instance").isEqualTo(1);
		assertThat(Files.list(Path.of(System.getProperty("java.io.tmpdir")))
			.filter((path) -> path.getFileName().toString().startsWith("chartfolio-export-" + jobId))
			.toList()).as("the working folder is gone").isEmpty();

		this.clock.advance(this.jobs.keep().minus(Duration.ofMinutes(1)));
		this.jobs.expire();
		assertThat(this.exports.job(scene.candidate(), scene.portfolioId(), jobId).ready()).as("not yet expired")
			.isTrue();

		this.clock.advance(Duration.ofMinutes(2));
		this.jobs.expire();

		assertThat(this.jdbc.sql("select count(*) from export_pdf where job_id = ?::uuid")
			.param(jobId)
			.query(Long.class)
			.single()).isZero();
		assertThatThrownBy(() -> this.exports.job(scene.candidate(), scene.portfolioId(), jobId))
			.isInstanceOf(PortfolioNotFoundException.class);
	}

	private Path await(SignedInUser user, long portfolioId, String jobId) throws InterruptedException {
		return ExportFixtures.finished(this.exports, user, portfolioId, jobId);
	}

	/** The letters on a page (from 0), in the order they are drawn. */
	private static List<TextPosition> letters(PDDocument pdf, int page) throws IOException {
		List<TextPosition> letters = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				if (!text.getUnicode().isBlank()) {
					letters.add(text);
				}
			}

		};
		stripper.setStartPage(page + 1);
		stripper.setEndPage(page + 1);
		stripper.getText(pdf);
		// Leave out the page number at the foot of the page, and the draft mark and
		// running label at its top.
		letters.removeIf((letter) -> Character.isDigit(letter.getUnicode().charAt(0))
				&& letter.getYDirAdj() > pdf.getPage(page).getMediaBox().getHeight() - 50);
		letters.removeIf((letter) -> letter.getYDirAdj() < PdfExport.HEADER);
		return letters;
	}

}
