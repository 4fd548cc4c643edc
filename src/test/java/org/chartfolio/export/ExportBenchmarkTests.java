package org.chartfolio.export;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export benchmark of the README: 100 evidence items, 30 of them with a PDF file and
 * 50 with a 3000 by 2000 photo, all cited from the statements, exported in a JVM limited
 * to 512 MB of heap. Tagged so that ordinary runs leave it out;
 * {@code ./mvnw -B verify -Pexport-benchmark} runs it alone.
 */
@Tag("benchmark")
@IntegrationTest
class ExportBenchmarkTests {

	static final int ITEMS = 100;

	static final int PDFS = 30;

	static final int PHOTOS = 50;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ExportService exports;

	@Autowired
	private EvidenceService evidence;

	@Test
	void aPortfolioOfAHundredItemsExportsWithinHalfAGigabyteOfHeap() throws Exception {
		Portfolio p = this.scene.candidate("Benchmark Candidate").portfolio("chartership");
		Random random = new Random(42);
		long photoBytes = 0;
		for (int n = 1; n <= ITEMS; n++) {
			if (n <= PDFS) {
				ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Report " + n, EvidenceKind.DOCUMENT,
						"report-" + n + ".pdf", ExportFixtures.pdf("Report " + n, 4));
			}
			else if (n <= PDFS + PHOTOS) {
				byte[] photo = photo(random);
				photoBytes += photo.length;
				ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Photo " + n, EvidenceKind.PHOTO,
						"photo-" + n + ".jpg", photo);
			}
			else {
				ExportFixtures.item(this.evidence, p.candidate(), p.id(), "Note " + n, EvidenceKind.NOTE,
						"note-" + n + ".txt", ("Notes of activity " + n + "\n").repeat(200)
							.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		List<SectionView> statements = this.scene.sections(p).stream().filter(SectionView::isStatement).toList();
		for (int s = 0; s < statements.size(); s++) {
			StringBuilder text = new StringBuilder();
			for (int n = s + 1; n <= ITEMS; n += statements.size()) {
				text.append("In this activity I learnt what the evidence shows and how I would do it again [E")
					.append(n)
					.append("].\n\n");
			}
			this.scene.write(p, statements.get(s).id(), text.toString());
		}

		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		String job = this.exports.startPdf(p.candidate(), p.id(), true).toString();
		ExportService.JobView view = this.exports.job(p.candidate(), p.id(), job);
		while (!view.finished()) {
			Thread.sleep(200);
			view = this.exports.job(p.candidate(), p.id(), job);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peakHeap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		assertThat(view.ready()).as("the export finished").isTrue();

		Path file = ExportFixtures.saved(this.exports.download(p.candidate(), p.id(), job));
		int pages;
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			pages = pdf.getNumberOfPages();
		}
		String result = String.format(java.util.Locale.UK,
				"Export benchmark %s: %d items (%d PDF files, %d photos of 3000x2000, %.1f MB of photos), "
						+ "max heap %d MB, %d processors: %.1f s, peak heap used %d MB (sum of heap pools' peaks), "
						+ "PDF %d pages, %.1f MB%n",
				LocalDate.now(), ITEMS, PDFS, PHOTOS, photoBytes / 1048576.0,
				Runtime.getRuntime().maxMemory() / 1048576, Runtime.getRuntime().availableProcessors(), millis / 1000.0,
				peakHeap / 1048576, pages, Files.size(file) / 1048576.0);
		System.out.print(result);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "export-benchmark.txt"), result);
		assertThat(pages).isGreaterThan(ITEMS + PDFS * 4);
	}

	/**
	 * A 3000 by 2000 JPEG with gradients, shapes and grain, so it weighs what a phone
	 * photo weighs.
	 */
	private static byte[] photo(Random random) throws IOException {
		BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), 3000, 2000,
				new Color(random.nextInt(0xffffff))));
		g.fillRect(0, 0, 3000, 2000);
		for (int i = 0; i < 60; i++) {
			g.setColor(new Color(random.nextInt(0xffffff)));
			g.fillOval(random.nextInt(3000), random.nextInt(2000), 50 + random.nextInt(600), 50 + random.nextInt(600));
		}
		g.dispose();
		for (int y = 0; y < 2000; y += 1) {
			for (int x = random.nextInt(3); x < 3000; x += 3) {
				int rgb = image.getRGB(x, y);
				int grain = random.nextInt(41) - 20;
				int r = clamp(((rgb >> 16) & 0xff) + grain);
				int gr = clamp(((rgb >> 8) & 0xff) + grain);
				int b = clamp((rgb & 0xff) + grain);
				image.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

}
