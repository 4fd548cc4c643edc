package org.chartfolio.evidence;

import java.nio.charset.StandardCharsets;

import org.chartfolio.support.TestFiles;
import org.chartfolio.system.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

class FileIntakeTests {

	private final FileIntake intake = new FileIntake(null, org.springframework.util.unit.DataSize.ofMegabytes(25));

	@Test
	void keepsOnlyTheLastPathSegmentWithoutControlCharacters() {
		assertThat(FileNames.sanitiseName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitiseName("C:\\Users\\lisa\\Minutes.docx")).isEqualTo("Minutes.docx");
		assertThat(FileNames.sanitiseName("report\u0000\r\n.pdf")).isEqualTo("report.pdf");
		assertThat(FileNames.sanitiseName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.sanitiseName("...hidden")).isEqualTo("hidden");
		assertThat(FileNames.sanitiseName("a\"b<c>.txt")).isEqualTo("a_b_c_.txt");
		assertThat(FileNames.sanitiseName("   ")).isEqualTo("file");
		assertThat(FileNames.sanitiseName(null)).isEqualTo("file");
	}

	@Test
	void limitsTheLengthAndKeepsTheExtension() {
		String name = FileNames.sanitiseName("x".repeat(400) + ".pdf");
		assertThat(name).hasSize(FileNames.MAX_NAME_LENGTH).endsWith(".pdf");
	}

	@Test
	void detectsTheTypeFromTheContentNotTheName() {
		assertThat(detect(elf(), "photo.jpg")).isNotIn(FileIntake.ALLOWED_TYPES).isNotEqualTo("image/jpeg");
		assertThat(detect(windowsExecutable(), "photo.jpg")).isNotIn(FileIntake.ALLOWED_TYPES);
		assertThat(detect(TestFiles.png(), "scan.pdf")).isEqualTo("image/png");
		assertThat(detect(TestFiles.PDF, "minutes.pdf")).isEqualTo("application/pdf");
		assertThat(detect("date,title\n2026-01-01,Display\n".getBytes(StandardCharsets.UTF_8), "log.csv"))
			.isEqualTo("text/csv");
		assertThat(detect("Some notes".getBytes(StandardCharsets.UTF_8), "notes.txt")).isEqualTo("text/plain");
		assertThat(detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "notes.txt"))
			.isNotIn(FileIntake.ALLOWED_TYPES);
	}

	@Test
	void refusesADisguisedExecutableWithAClearMessage() {
		Upload upload = new Upload("photo.jpg", elf().length, new ByteArrayResource(elf()));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.intake.keep(upload))
			.satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("files");
				assertThat(problem.messageKey()).isEqualTo("evidence.files.typeRefused");
				assertThat(problem.arguments()).containsExactly("photo.jpg");
			});
	}

	@Test
	void refusesAFileOverTheLimitBeforeReadingIt() {
		FileIntake small = new FileIntake(null, org.springframework.util.unit.DataSize.ofKilobytes(1));
		Upload upload = new Upload("big.pdf", 2048, new ByteArrayResource(new byte[2048]));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> small.keep(upload))
			.satisfies((problem) -> {
				assertThat(problem.messageKey()).isEqualTo("evidence.files.tooLarge");
				assertThat(problem.arguments()).containsExactly("big.pdf", "1 KB");
			});
	}

	@Test
	void makesASmallPngThumbnailOfAnImage() throws Exception {
		byte[] png = TestFiles.png(1200, 800);
		byte[] thumbnail = FileIntake.thumbnail(new Upload("big.png", png.length, new ByteArrayResource(png)));
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
		assertThat(image.getWidth()).isEqualTo(FileIntake.THUMBNAIL_SIZE);
		assertThat(image.getHeight()).isLessThan(FileIntake.THUMBNAIL_SIZE);
	}

	private String detect(byte[] content, String name) {
		return this.intake.detect(new Upload(name, content.length, new ByteArrayResource(content)), name);
	}

	static byte[] elf() {
		byte[] elf = new byte[256];
		byte[] header = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 };
		System.arraycopy(header, 0, elf, 0, header.length);
		return elf;
	}

	static byte[] windowsExecutable() {
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	@ParameterizedTest
	@CsvSource({ "minutes.hta, text/plain, minutes.txt", "Minutes.HTA, text/plain, Minutes.txt",
			"run.ps1, text/plain, run.txt", "bank.url, text/plain, bank.txt", "tweak.reg, text/plain, tweak.txt",
			"notes.txt.jse, text/plain, notes.txt", "a.exe.vbs, text/plain, a.txt",
			"minutes.2024, text/plain, minutes.2024.txt", "scan, application/pdf, scan.pdf",
			"photo.JPEG, image/jpeg, photo.JPEG", "photo.png, image/jpeg, photo.png.jpg",
			"notes.md, text/plain, notes.md", ".hta, text/plain, file.txt" })
	void theExtensionFollowsTheDetectedType(String name, String type, String expected) {
		assertThat(FileNames.nameFor(name, type)).isEqualTo(expected);
	}

	@Test
	void aLongNameKeepsTheExtensionOfTheDetectedTypeWithinTheLimit() {
		assertThat(FileNames.nameFor("x".repeat(150) + ".hta", "text/plain")).hasSize(FileNames.MAX_NAME_LENGTH)
			.endsWith(".txt");
	}

	@Test
	void noExecutableExtensionEndsAnyNameWhateverTheType() {
		for (String type : FileIntake.ALLOWED_TYPES) {
			for (String extension : FileNames.EXECUTABLE_EXTENSIONS) {
				String name = FileNames.nameFor("minutes." + extension, type);
				assertThat(FileNames.EXECUTABLE_EXTENSIONS).as(name + " for " + type)
					.doesNotContain(FileNames.extension(name));
				assertThat(FileNames.EXTENSIONS.get(type)).as(name + " for " + type)
					.contains(FileNames.extension(name));
			}
		}
	}

	@Test
	void everyKeptTypeHasItsExtensions() {
		assertThat(FileNames.EXTENSIONS.keySet()).containsExactlyInAnyOrderElementsOf(FileIntake.ALLOWED_TYPES);
	}

}
