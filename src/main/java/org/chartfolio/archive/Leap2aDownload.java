package org.chartfolio.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.evidence.EvidenceTransfer.EvidenceData;
import org.chartfolio.plan.PlanTransfer;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.writing.WritingTransfer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portfolio as a Leap2A ZIP for its candidate to take away: a name, the feed, then
 * every evidence file.
 */
@Component
class Leap2aDownload {

	private final PortfolioAccess access;

	private final PortfolioTransfer portfolios;

	private final WritingTransfer writing;

	private final EvidenceTransfer evidenceTransfer;

	private final PlanTransfer planTransfer;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	Leap2aDownload(PortfolioAccess access, PortfolioTransfer portfolios, WritingTransfer writing,
			EvidenceTransfer evidenceTransfer, PlanTransfer planTransfer, MessageSource messages,
			PlatformTransactionManager transactions, Clock clock) {
		this.access = access;
		this.portfolios = portfolios;
		this.writing = writing;
		this.evidenceTransfer = evidenceTransfer;
		this.planTransfer = planTransfer;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** A name for the Leap2A download. */
	String exportName(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.owned(user, portfolioId);
		String title = portfolio.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return (title.isEmpty() ? "portfolio" : title) + "-leap2a-" + LocalDate.now(this.clock) + ".zip";
	}

	/**
	 * Writes the portfolio as a Leap2A ZIP: {@code leap2a.xml}, then each evidence file
	 * streamed from the store.
	 */
	void export(SignedInUser user, long portfolioId, OutputStream out) {
		PortfolioRef portfolio = this.access.owned(user, portfolioId);
		record Parts(org.chartfolio.portfolio.PortfolioTransfer.PortfolioData portfolio,
				Map<Integer, WritingTransfer.SectionWriting> writing, EvidenceData evidence,
				List<PlanTransfer.GoalData> goals) {
		}
		Parts parts = this.readOnly
			.execute((status) -> new Parts(this.portfolios.export(portfolio.id()), this.writing.export(portfolio.id()),
					this.evidenceTransfer.export(portfolio.id()), this.planTransfer.export(portfolio.id())));
		try {
			ZipOutputStream zip = new ZipOutputStream(out);
			zip.putNextEntry(new ZipEntry(Leap2aPackage.FEED));
			Leap2aExport.write(new NonClosing(zip), say("app.name", new Object[0]), user.getDisplayName(),
					this.clock.instant(), parts.portfolio(), parts.writing(), parts.evidence(), parts.goals());
			zip.closeEntry();
			for (Leap2aExport.FileEntry file : Leap2aExport.files(parts.evidence())) {
				ArchiveZip.addFile(zip, file.path(), this.evidenceTransfer.open(portfolio.id(), file.fileId()));
			}
			zip.finish();
			zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String say(String key, Object[] args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

	/** Lets the XML writer finish without closing the ZIP under it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
