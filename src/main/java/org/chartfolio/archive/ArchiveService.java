package org.chartfolio.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.ImportedEvent;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.readiness.ReadinessService;
import org.chartfolio.readiness.ReadinessService.Readiness;
import org.chartfolio.system.Refusal;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * The data export of a portfolio as a ZIP, its import, and submitted copies. Export and
 * copies are for the portfolio's candidate alone (a mentor reads the portfolio but does
 * not take it away); an import is checked whole before one row is written, and written in
 * one transaction, so a refused or failed import leaves nothing behind: the files live in
 * the same database.
 */
@Service
@RequiredArgsConstructor
public class ArchiveService {

	private final PortfolioAccess access;

	private final PortfolioTransfer portfolios;

	private final ReadinessService readiness;

	private final ArchiveZip zip;

	private final Clock clock;

	/** What the archive page shows. */
	/**
	 * The page of a portfolio's data; {@code readiness} is how ready the live portfolio
	 * is to submit (null on a submitted copy, which cannot be submitted again).
	 */
	public record ArchivePage(PortfolioRef portfolio, LocalDate submittedOn, List<SubmittedCopyView> copies,
			Readiness readiness, List<ImportedEvent> imported) {
	}

	public record SubmittedCopyView(long id, String title, LocalDate submittedOn) {
	}

	public ArchivePage page(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = owned(user, portfolioId);
		List<SubmittedCopyView> copies = this.portfolios.submittedCopiesOf(portfolioId)
			.stream()
			.map((copy) -> new SubmittedCopyView(copy.id(), copy.title(), day(copy.submittedAt())))
			.toList();
		LocalDate submittedOn = this.access.standing(user, portfolioId).submittedOn();
		Readiness readiness = (submittedOn != null) ? null : this.readiness.readiness(user, portfolioId);
		return new ArchivePage(portfolio, submittedOn, copies, readiness,
				this.portfolios.importedHistory(portfolioId, null));
	}

	/** A name for the download: the title in safe characters and the day. */
	public String fileName(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = owned(user, portfolioId);
		String title = portfolio.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return (title.isEmpty() ? "portfolio" : title) + "-" + LocalDate.now(this.clock) + ".zip";
	}

	/**
	 * Writes the portfolio as a ZIP to {@code out}: the JSON first, then every file
	 * streamed from the file store, so memory holds a buffer, not the portfolio.
	 */
	public void export(SignedInUser user, long portfolioId, OutputStream out) {
		owned(user, portfolioId);
		this.zip.write(portfolioId, out);
	}

	/**
	 * Recreates the portfolio in the ZIP for {@code user}; gives its id. Refusals are
	 * {@link Refusal}s.
	 */
	public long importArchive(SignedInUser user, InputStreamSource upload) {
		Path temp = null;
		try {
			temp = Files.createTempFile("chartfolio-import-", ".zip");
			try (InputStream in = upload.getInputStream()) {
				Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return this.zip.restore(user.id(), temp, false, (id) -> {
			});
		}
		catch (IOException ex) {
			throw new Refusal("archive.import.notZip");
		}
		finally {
			TempFiles.delete(temp);
		}
	}

	/**
	 * Freezes a submitted copy of the portfolio: exports it and imports the ZIP for the
	 * same person, so the copy is as exact as any import, then marks it submitted today.
	 * The live portfolio stays as it was, and writable.
	 */
	public long freeze(SignedInUser user, long portfolioId) {
		this.access.writable(user, portfolioId);
		Path temp = null;
		try {
			temp = Files.createTempFile("chartfolio-copy-", ".zip");
			try (OutputStream out = Files.newOutputStream(temp)) {
				this.zip.write(portfolioId, out);
			}
			Instant now = this.clock.instant();
			return this.zip.restore(user.id(), temp, true,
					(copyId) -> this.portfolios.markSubmitted(copyId, portfolioId, now));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			TempFiles.delete(temp);
		}
	}

	private PortfolioRef owned(SignedInUser user, long portfolioId) {
		return this.access.owned(user, portfolioId);
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone());
	}

}
