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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.archive.ArchiveDocument.EvidenceDoc;
import org.chartfolio.archive.ArchiveDocument.GoalDoc;
import org.chartfolio.archive.ArchiveDocument.PortfolioDoc;
import org.chartfolio.archive.ArchiveMapping.Exported;
import org.chartfolio.archive.ArchiveMapping.FileEntry;
import org.chartfolio.archive.ArchiveMapping.Parts;
import org.chartfolio.cpd.CpdTransfer;
import org.chartfolio.readiness.GlossaryTransfer;
import org.chartfolio.signoff.SignOffTransfer;
import org.chartfolio.readiness.ReadinessService;
import org.chartfolio.readiness.ReadinessService.Readiness;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.meeting.MeetingTransfer;
import org.chartfolio.pksb.PksbTransfer;
import org.chartfolio.plan.PlanTransfer;
import org.chartfolio.portfolio.ImportedEvent;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.portfolio.PortfolioTransfer.Restored;
import org.chartfolio.review.ReviewTransfer;
import org.chartfolio.writing.WritingTransfer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data export of a portfolio as a ZIP, its import, and submitted copies. Export and copies are
 * for the portfolio's candidate alone (a mentor reads the portfolio but does not take it away);
 * an import is checked whole before one row is written, and written in one transaction, so a
 * refused or failed import leaves nothing behind: the files live in the same database.
 */
@Service
public class ArchiveService {

	private final PortfolioAccess access;

	private final PortfolioTransfer portfolios;

	private final WritingTransfer writing;

	private final EvidenceTransfer evidence;

	private final PlanTransfer plan;

	private final PksbTransfer pksb;

	private final ReviewTransfer review;

	private final MeetingTransfer meetings;

	private final CpdTransfer cpd;

	private final GlossaryTransfer glossary;

	private final SignOffTransfer signOffs;

	private final ReadinessService readiness;

	private final ArchiveReader reader;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	ArchiveService(PortfolioAccess access, PortfolioTransfer portfolios, WritingTransfer writing,
			EvidenceTransfer evidence, PlanTransfer plan, PksbTransfer pksb, ReviewTransfer review,
			MeetingTransfer meetings, CpdTransfer cpd, GlossaryTransfer glossary, SignOffTransfer signOffs, ReadinessService readiness, ArchiveReader reader, PlatformTransactionManager transactions,
			MessageSource messages, Clock clock) {
		this.signOffs = signOffs;
		this.access = access;
		this.portfolios = portfolios;
		this.writing = writing;
		this.evidence = evidence;
		this.plan = plan;
		this.pksb = pksb;
		this.review = review;
		this.meetings = meetings;
		this.cpd = cpd;
		this.glossary = glossary;
		this.readiness = readiness;
		this.reader = reader;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.clock = clock;
	}

	/** What the archive page shows. */
	/**
	 * The page of a portfolio's data; {@code readiness} is how ready the live portfolio is to submit
	 * (null on a submitted copy, which cannot be submitted again).
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
	 * Writes the portfolio as a ZIP to {@code out}: the JSON first, then every file streamed from the
	 * file store, so memory holds a buffer, not the portfolio.
	 */
	public void export(SignedInUser user, long portfolioId, OutputStream out) {
		owned(user, portfolioId);
		write(portfolioId, out);
	}

	private void write(long portfolioId, OutputStream out) {
		Parts parts = this.readOnly.execute((status) -> new Parts(this.portfolios.export(portfolioId),
				this.writing.export(portfolioId), this.evidence.export(portfolioId), this.plan.export(portfolioId),
				this.pksb.export(portfolioId), this.review.export(portfolioId), this.meetings.export(portfolioId),
				this.cpd.export(portfolioId), this.glossary.export(portfolioId), this.signOffs.export(portfolioId)));
		Exported exported = ArchiveMapping.toDocument(parts, this.messages.getMessage("app.name", null, "Chartfolio",
				java.util.Locale.UK), this.clock.instant());
		try {
			ZipOutputStream zip = new ZipOutputStream(out);
			zip.putNextEntry(new ZipEntry(ArchiveReader.JSON));
			zip.write(this.json.writeValueAsBytes(exported.document()));
			zip.closeEntry();
			for (FileEntry file : exported.files()) {
				zip.putNextEntry(new ZipEntry(file.path()));
				try (InputStream in = this.evidence.open(portfolioId, file.fileId())
					.orElseThrow(() -> new IllegalStateException("File " + file.path() + " went away"))) {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
			zip.finish();
			zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Recreates the portfolio in the ZIP for {@code user}; gives its id. Refusals are {@link ArchiveProblem}s. */
	public long importArchive(SignedInUser user, InputStreamSource upload) {
		Path temp = null;
		try {
			temp = Files.createTempFile("chartfolio-import-", ".zip");
			try (InputStream in = upload.getInputStream()) {
				Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return restore(user.id(), temp, false, (id) -> {
			});
		}
		catch (IOException ex) {
			throw new ArchiveProblem("archive.import.notZip");
		}
		finally {
			delete(temp);
		}
	}

	/**
	 * Restores the ZIP for {@code ownerId}; {@code then} runs on the new portfolio in the same
	 * transaction. Only a ZIP this installation has just written from its own portfolio (a
	 * submitted copy) is {@code trusted} with its statuses, approvals and comments; an uploaded one
	 * brings them as imported history, and the portfolio starts unsubmitted, every section a draft.
	 */
	private long restore(long ownerId, Path zip, boolean trusted, java.util.function.LongConsumer then) {
		try (ArchiveReader.Verified archive = this.reader.open(zip)) {
			PortfolioDoc doc = archive.document().portfolio();
			Map<Integer, EvidenceDoc> items = new HashMap<>();
			doc.evidence().forEach((item) -> items.put(item.number(), item));
			Long id = this.transaction.execute((status) -> {
				Restored restored = trusted ? this.portfolios.restore(ownerId, ArchiveMapping.portfolio(doc))
						: this.portfolios.restoreImported(ownerId, ArchiveMapping.portfolio(doc));
				long portfolioId = restored.portfolioId();
				Map<Integer, Long> evidenceIds = this.evidence.restore(portfolioId, ArchiveMapping.evidence(doc, archive::type),
						(item, index) -> archive.file(items.get(item.number()).files().get(index)));
				this.writing.restore(portfolioId, restored.sectionIds(), evidenceIds, ArchiveMapping.writing(doc));
				if (trusted) {
					this.portfolios.restoreApprovedRevisions(restored, ArchiveMapping.portfolio(doc).sections());
				}
				List<Long> goalIds = this.plan.restore(portfolioId, ArchiveMapping.goals(doc, evidenceIds), evidenceIds);
				Map<Integer, Long> goalsByRef = new HashMap<>();
				List<GoalDoc> goals = (doc.goals() != null) ? doc.goals() : List.of();
				for (int i = 0; i < goals.size(); i++) {
					goalsByRef.put(goals.get(i).ref(), goalIds.get(i));
				}
				this.pksb.restore(portfolioId, ArchiveMapping.pksb(doc, goalsByRef));
				if (trusted) {
					this.review.restore(portfolioId, ownerId, restored.sectionIds(), ArchiveMapping.threads(doc));
				}
				else {
					this.review.restoreImported(portfolioId, ownerId, restored.sectionIds(), ArchiveMapping.threads(doc));
				}
				this.meetings.restore(portfolioId, ArchiveMapping.meetings(doc));
				this.cpd.restore(portfolioId, ArchiveMapping.cpd(doc));
				this.glossary.restore(portfolioId, ArchiveMapping.glossary(doc));
				this.signOffs.restore(portfolioId, ArchiveMapping.signOffs(doc), trusted);
				then.accept(portfolioId);
				return portfolioId;
			});
			return id;
		}
		catch (IllegalArgumentException | DataAccessException | NullPointerException ex) {
			throw new ArchiveProblem("archive.import.invalid");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Freezes a submitted copy of the portfolio: exports it and imports the ZIP for the same person,
	 * so the copy is as exact as any import, then marks it submitted today. The live portfolio stays
	 * as it was, and writable.
	 */
	public long freeze(SignedInUser user, long portfolioId) {
		this.access.writable(user, portfolioId);
		Path temp = null;
		try {
			temp = Files.createTempFile("chartfolio-copy-", ".zip");
			try (OutputStream out = Files.newOutputStream(temp)) {
				write(portfolioId, out);
			}
			Instant now = this.clock.instant();
			return restore(user.id(), temp, true, (copyId) -> this.portfolios.markSubmitted(copyId, portfolioId, now));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(temp);
		}
	}

	private PortfolioRef owned(SignedInUser user, long portfolioId) {
		return this.access.owned(user, portfolioId);
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone());
	}

	private static void delete(Path temp) {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				temp.toFile().deleteOnExit();
			}
		}
	}

}
