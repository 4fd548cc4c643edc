package org.chartfolio.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chartfolio.archive.ArchiveDocument.EvidenceDoc;
import org.chartfolio.archive.ArchiveDocument.GoalDoc;
import org.chartfolio.archive.ArchiveDocument.PortfolioDoc;
import org.chartfolio.archive.ArchiveMapping.Exported;
import org.chartfolio.archive.ArchiveMapping.FileEntry;
import org.chartfolio.archive.ArchiveMapping.Parts;
import org.chartfolio.cpd.CpdTransfer;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.meeting.MeetingTransfer;
import org.chartfolio.pksb.PksbTransfer;
import org.chartfolio.plan.PlanTransfer;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.portfolio.PortfolioTransfer.Restored;
import org.chartfolio.readiness.GlossaryTransfer;
import org.chartfolio.review.ReviewTransfer;
import org.chartfolio.signoff.SignOffTransfer;
import org.chartfolio.system.Refusal;
import org.chartfolio.writing.WritingTransfer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A portfolio's data as the archive ZIP and back: what every module hands over, written
 * out with its files; a checked ZIP written back as a new portfolio, each module's part
 * in one transaction, so a refused or failed import leaves nothing behind.
 */
@Component
class ArchiveZip {

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

	private final ArchiveReader reader;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	ArchiveZip(PortfolioTransfer portfolios, WritingTransfer writing, EvidenceTransfer evidence, PlanTransfer plan,
			PksbTransfer pksb, ReviewTransfer review, MeetingTransfer meetings, CpdTransfer cpd,
			GlossaryTransfer glossary, SignOffTransfer signOffs, ArchiveReader reader,
			PlatformTransactionManager transactions, MessageSource messages, Clock clock) {
		this.portfolios = portfolios;
		this.writing = writing;
		this.evidence = evidence;
		this.plan = plan;
		this.pksb = pksb;
		this.review = review;
		this.meetings = meetings;
		this.cpd = cpd;
		this.glossary = glossary;
		this.signOffs = signOffs;
		this.reader = reader;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Writes the portfolio as a ZIP to {@code out}: the JSON first, then every file
	 * streamed from the file store, so memory holds a buffer, not the portfolio.
	 */
	void write(long portfolioId, OutputStream out) {
		Parts parts = this.readOnly.execute((status) -> new Parts(this.portfolios.export(portfolioId),
				this.writing.export(portfolioId), this.evidence.export(portfolioId), this.plan.export(portfolioId),
				this.pksb.export(portfolioId), this.review.export(portfolioId), this.meetings.export(portfolioId),
				this.cpd.export(portfolioId), this.glossary.export(portfolioId), this.signOffs.export(portfolioId)));
		Exported exported = ArchiveMapping.toDocument(parts,
				this.messages.getMessage("app.name", null, "Chartfolio", java.util.Locale.UK), this.clock.instant());
		try {
			ZipOutputStream zip = new ZipOutputStream(out);
			zip.putNextEntry(new ZipEntry(ArchiveReader.JSON));
			zip.write(this.json.writeValueAsBytes(exported.document()));
			zip.closeEntry();
			for (FileEntry file : exported.files()) {
				addFile(zip, file.path(), this.evidence.open(portfolioId, file.fileId()));
			}
			zip.finish();
			zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes an evidence file into an export's ZIP under the path its document names;
	 * both exports (the data export and Leap2A) name every file they write, so a file
	 * gone since is an error, not a gap.
	 */
	static void addFile(ZipOutputStream zip, String path, Optional<InputStream> content) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		try (InputStream in = content.orElseThrow(() -> new IllegalStateException("File " + path + " went away"))) {
			in.transferTo(zip);
		}
		zip.closeEntry();
	}

	/**
	 * Restores the ZIP for {@code ownerId}; {@code then} runs on the new portfolio in the
	 * same transaction. Only a ZIP this installation has just written from its own
	 * portfolio (a submitted copy) is {@code trusted} with its statuses, approvals and
	 * comments; an uploaded one brings them as imported history, and the portfolio starts
	 * unsubmitted, every section a draft.
	 */
	long restore(long ownerId, Path zip, boolean trusted, LongConsumer then) {
		try (ArchiveReader.Verified archive = this.reader.open(zip)) {
			PortfolioDoc doc = archive.document().portfolio();
			Map<Integer, EvidenceDoc> items = new HashMap<>();
			doc.evidence().forEach((item) -> items.put(item.number(), item));
			Long id = this.transaction.execute((status) -> {
				Restored restored = trusted ? this.portfolios.restore(ownerId, ArchiveRestoreMapping.portfolio(doc))
						: this.portfolios.restoreImported(ownerId, ArchiveRestoreMapping.portfolio(doc));
				long portfolioId = restored.portfolioId();
				Map<Integer, Long> evidenceIds = this.evidence.restore(portfolioId,
						ArchiveRestoreMapping.evidence(doc, archive::type),
						(item, index) -> archive.file(items.get(item.number()).files().get(index)));
				this.writing.restore(portfolioId, restored.sectionIds(), evidenceIds,
						ArchiveRestoreMapping.writing(doc));
				if (trusted) {
					this.portfolios.restoreApprovedRevisions(restored, ArchiveRestoreMapping.portfolio(doc).sections());
				}
				List<Long> goalIds = this.plan.restore(portfolioId, ArchiveRestoreMapping.goals(doc, evidenceIds),
						evidenceIds);
				Map<Integer, Long> goalsByRef = new HashMap<>();
				List<GoalDoc> goals = (doc.goals() != null) ? doc.goals() : List.of();
				for (int i = 0; i < goals.size(); i++) {
					goalsByRef.put(goals.get(i).ref(), goalIds.get(i));
				}
				this.pksb.restore(portfolioId, ArchiveRestoreMapping.pksb(doc, goalsByRef));
				if (trusted) {
					this.review.restore(portfolioId, ownerId, restored.sectionIds(),
							ArchiveRestoreMapping.threads(doc));
				}
				else {
					this.review.restoreImported(portfolioId, ownerId, restored.sectionIds(),
							ArchiveRestoreMapping.threads(doc));
				}
				this.meetings.restore(portfolioId, ArchiveRestoreMapping.meetings(doc));
				this.cpd.restore(portfolioId, ArchiveRestoreMapping.cpd(doc));
				this.glossary.restore(portfolioId, ArchiveRestoreMapping.glossary(doc));
				this.signOffs.restore(portfolioId, ArchiveRestoreMapping.signOffs(doc), trusted);
				then.accept(portfolioId);
				return portfolioId;
			});
			return id;
		}
		catch (IllegalArgumentException | DataAccessException | NullPointerException ex) {
			throw new Refusal("archive.import.invalid");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
