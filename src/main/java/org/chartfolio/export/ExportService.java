package org.chartfolio.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Stream;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;

import org.springframework.stereotype.Service;

/**
 * Starting a PDF export and following it. Whoever reads the whole portfolio (its candidate and
 * their mentor) may export it; a job is seen by the person who started it alone, and anybody
 * else, like a job that has expired, gets {@link PortfolioNotFoundException}.
 */
@Service
public class ExportService {

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final PdfExport pdf;

	private final ExportJobs jobs;

	private final ZoneId zone;

	ExportService(PortfolioAccess access, PortfolioService portfolios, PdfExport pdf, ExportJobs jobs,
			java.time.Clock clock) {
		this.access = access;
		this.portfolios = portfolios;
		this.pdf = pdf;
		this.jobs = jobs;
		this.zone = clock.getZone();
	}

	/** Queues the PDF export of the portfolio and gives the job's id. */
	public UUID startPdf(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		return this.jobs.start(user.id(), id, (job) -> {
			Path file = this.pdf.write(user, id, job.folder(), job::step);
			keepOnly(job.folder(), file);
			return file;
		}).id();
	}

	/** How a job stands, as its page shows it. */
	record JobView(UUID id, ExportJob.State state, ExportJob.Step step, LocalDateTime readyUntil) {

		public boolean finished() {
			return this.state == ExportJob.State.READY || this.state == ExportJob.State.FAILED;
		}

		public boolean ready() {
			return this.state == ExportJob.State.READY;
		}

		public boolean failed() {
			return this.state == ExportJob.State.FAILED;
		}

		public int percent() {
			return this.step.counted() ? Math.round(100f * this.step.done() / this.step.total()) : 0;
		}

	}

	/** A finished PDF on its way to the browser. */
	record Download(String fileName, Path file, long size) {
	}

	JobView job(SignedInUser user, long portfolioId, String jobId) {
		ExportJob job = find(user, portfolioId, jobId);
		Instant until = (job.finishedAt() != null) ? job.finishedAt().plus(this.jobs.keep()) : null;
		return new JobView(job.id(), job.state(), job.currentStep(),
				(until != null) ? LocalDateTime.ofInstant(until, this.zone) : null);
	}

	Download download(SignedInUser user, long portfolioId, String jobId) {
		ExportJob job = find(user, portfolioId, jobId);
		if (job.state() != ExportJob.State.READY || !Files.exists(job.file())) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		String name = portfolio.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		try {
			return new Download((name.isEmpty() ? "portfolio" : name) + ".pdf", job.file(), Files.size(job.file()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ExportJob find(SignedInUser user, long portfolioId, String jobId) {
		this.access.readable(user, portfolioId);
		UUID id;
		try {
			id = UUID.fromString(jobId);
		}
		catch (IllegalArgumentException notAnId) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		return this.jobs.find(user.id(), portfolioId, id).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	/** Deletes the copies and scaled images an export worked from, keeping its PDF. */
	private static void keepOnly(Path folder, Path file) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.toList()) {
				if (!path.equals(file)) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

}
