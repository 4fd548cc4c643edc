package org.chartfolio.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns Office and OpenDocument files into PDF with LibreOffice headless
 * ({@code soffice}), when the machine has it: looked for once at start-up
 * ({@code chartfolio.export.soffice}, "soffice" on the path by default). Each conversion
 * runs in a folder of its own inside the export's working folder, with a LibreOffice
 * profile there too (two exports never share one, which LibreOffice refuses), and is
 * killed after {@code chartfolio.export.convert-timeout}; a file it cannot convert in
 * time is attached to the PDF instead, as on a machine without LibreOffice.
 */
@Component
class OfficeConverter {

	private static final Logger log = LoggerFactory.getLogger(OfficeConverter.class);

	/** How long the start-up look for LibreOffice may take. */
	private static final Duration DETECT_TIMEOUT = Duration.ofSeconds(20);

	private final String command;

	private final Duration timeout;

	private final boolean available;

	OfficeConverter(@Value("${chartfolio.export.soffice:soffice}") String command,
			@Value("${chartfolio.export.convert-timeout:60s}") Duration timeout) {
		this.command = command;
		this.timeout = timeout;
		this.available = detect(command);
		if (this.available) {
			log.info("PDF export converts Office and OpenDocument files with {}", command);
		}
		else {
			log.info("LibreOffice ({}) not found: PDF export attaches Office and OpenDocument files instead of "
					+ "printing them", command);
		}
	}

	boolean available() {
		return this.available;
	}

	/**
	 * The file as a PDF in {@code workingFolder}, or empty when LibreOffice is missing,
	 * fails or takes too long. {@code extension} tells LibreOffice what the file is.
	 */
	Optional<Path> convert(Path source, String extension, Path workingFolder) {
		if (!this.available) {
			return Optional.empty();
		}
		try {
			Path folder = Files.createDirectories(workingFolder);
			Path input = folder.resolve("input." + extension);
			Files.copy(source, input);
			Path out = Files.createDirectories(folder.resolve("out"));
			ProcessBuilder builder = new ProcessBuilder(this.command, "--headless", "--norestore", "--nolockcheck",
					"-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
					out.toString(), input.toString())
				.directory(folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("soffice.log").toFile());
			Process process = builder.start();
			if (!process.waitFor(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				log.warn("LibreOffice took longer than {} to convert {}; it is attached instead", this.timeout,
						source.getFileName());
				return Optional.empty();
			}
			Path pdf = out.resolve("input.pdf");
			return (process.exitValue() == 0 && Files.isRegularFile(pdf)) ? Optional.of(pdf) : Optional.empty();
		}
		catch (IOException failed) {
			log.warn("LibreOffice could not convert {}; it is attached instead", source.getFileName(), failed);
			return Optional.empty();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static boolean detect(String command) {
		try {
			Process process = new ProcessBuilder(List.of(command, "--headless", "--version")).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(DETECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException missing) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
