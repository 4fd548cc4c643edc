package org.chartfolio.export;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;

import org.springframework.stereotype.Service;

/**
 * Starting a PDF export and following it. Whoever reads the whole portfolio (its candidate and
 * their mentor) may export it; a job is seen by the person who started it alone, and anybody
 * else, like a job that has expired, gets {@link PortfolioNotFoundException}. The job lives in the
 * database, so any instance may run it and any instance answers for it.
 */
@Service
public class ExportService {

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final ExportJobs jobs;

	private final ZoneId zone;

	ExportService(PortfolioAccess access, PortfolioService portfolios, ExportJobs jobs, java.time.Clock clock) {
		this.access = access;
		this.portfolios = portfolios;
		this.jobs = jobs;
		this.zone = clock.getZone();
	}

	/** Queues the PDF export of the portfolio and gives the job's id. */
	public UUID startPdf(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		return this.jobs.start(user.id(), id);
	}

	/** How a job stands, as its page shows it. */
	public record JobView(UUID id, ExportJob.State state, ExportJob.Step step, LocalDateTime readyUntil) {

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

	/** A finished PDF on its way to the browser: opened when the response is written, read in chunks. */
	public record Download(String fileName, long size, Content content) {

		public interface Content {

			InputStream open();

		}

	}

	public JobView job(SignedInUser user, long portfolioId, String jobId) {
		ExportJob job = find(user, portfolioId, jobId);
		Instant until = (job.finishedAt() != null) ? job.finishedAt().plus(this.jobs.keep()) : null;
		return new JobView(job.id(), job.state(), job.step(),
				(until != null) ? LocalDateTime.ofInstant(until, this.zone) : null);
	}

	public Download download(SignedInUser user, long portfolioId, String jobId) {
		ExportJob job = find(user, portfolioId, jobId);
		if (job.state() != ExportJob.State.READY || job.pdfSize() == null) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		String name = portfolio.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		UUID id = job.id();
		return new Download((name.isEmpty() ? "portfolio" : name) + ".pdf", job.pdfSize(),
				() -> this.jobs.open(id).orElseThrow(() -> new PortfolioNotFoundException(portfolioId)));
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

}
