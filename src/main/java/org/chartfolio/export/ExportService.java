package org.chartfolio.export;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.readiness.ReadinessService;

import org.springframework.stereotype.Service;

/**
 * Starting a PDF export and following it. Whoever reads the whole portfolio (its
 * candidate and their mentor) may export it; a job is seen by the person who started it
 * alone, and anybody else, like a job that has expired, gets
 * {@link PortfolioNotFoundException}. The job lives in the database, so any instance may
 * run it and any instance answers for it.
 */
@Service
public class ExportService {

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final ExportJobs jobs;

	private final ZoneId zone;

	private final ReadinessService readiness;

	private final EvidenceSharing evidence;

	private final ReadablePages readable;

	ExportService(PortfolioAccess access, PortfolioService portfolios, ExportJobs jobs, java.time.Clock clock,
			ReadinessService readiness, EvidenceSharing evidence, ReadablePages readable) {
		this.readiness = readiness;
		this.evidence = evidence;
		this.readable = readable;
		this.access = access;
		this.portfolios = portfolios;
		this.jobs = jobs;
		this.zone = clock.getZone();
	}

	/**
	 * Queues the PDF export of the portfolio and gives the job's id. A portfolio that
	 * fails readiness checks exports as a draft, marked so on every page, once the person
	 * has said that is what they want ({@code draftConfirmed}); until then
	 * {@link DraftNotConfirmedException}.
	 */
	public UUID startPdf(SignedInUser user, long portfolioId, boolean draftConfirmed) {
		long id = this.access.readable(user, portfolioId).id();
		if (!draftConfirmed) {
			long fails = this.readiness.readiness(user, id).fails();
			if (fails > 0) {
				throw new DraftNotConfirmedException(fails);
			}
		}
		return this.jobs.start(user.id(), id);
	}

	/**
	 * The export would be a draft and nobody said that is what they want: nothing was
	 * started.
	 */
	public static class DraftNotConfirmedException extends RuntimeException {

		private final long fails;

		DraftNotConfirmedException(long fails) {
			super(fails + " readiness checks fail");
			this.fails = fails;
		}

		public long fails() {
			return this.fails;
		}

	}

	/**
	 * A file of an item that the PDF will only attach, which browser PDF viewers do not
	 * show.
	 */
	record Unprinted(String item, String title, String fileName) {
	}

	/**
	 * What the export page says before an export: how many readiness checks fail (the PDF
	 * is then a draft), the files only attached, and whether Office files are converted
	 * on this server.
	 */
	record Before(long failingChecks, List<Unprinted> unprinted, boolean converts) {

		public boolean draft() {
			return this.failingChecks > 0;
		}

	}

	Before before(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		List<Unprinted> unprinted = new ArrayList<>();
		for (EvidenceService.ExportedItem item : this.evidence.forExport(user, id)) {
			for (EvidenceService.SharedFile file : item.files()) {
				if (!this.readable.printed(file.contentType(), file.size())) {
					unprinted.add(new Unprinted(item.summary().label(), item.summary().title(), file.name()));
				}
			}
		}
		return new Before(this.readiness.readiness(user, id).fails(), List.copyOf(unprinted), this.readable.converts());
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

	/**
	 * A finished PDF on its way to the browser: opened when the response is written, read
	 * in chunks.
	 */
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
		return this.jobs.find(user.id(), portfolioId, id)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

}
