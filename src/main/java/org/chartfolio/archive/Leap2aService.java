package org.chartfolio.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.archive.Leap2aImport.Candidate;
import org.chartfolio.archive.Leap2aImport.Preview;
import org.chartfolio.archive.Leap2aImport.Source;
import org.chartfolio.archive.Leap2aPackage.Opened;
import org.chartfolio.archive.Leap2aUploads.Stored;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.system.Refusal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Import of evidence from another ePortfolio (Leap2A, as Mahara and PebblePad export it)
 * into a portfolio; {@link Leap2aDownload} is the export. An upload is checked whole
 * before it is kept; it waits in {@link Leap2aUploads} for the candidate to choose, and
 * the chosen items and goals are written in one transaction by {@link Leap2aImportWriter}
 * through the evidence and plan modules' own services, with every check a form makes.
 * Only the portfolio's candidate imports.
 */
@Service
public class Leap2aService {

	/** How long an upload waits for the candidate to choose what to bring in. */
	static final Duration KEEPS = Duration.ofHours(2);

	private final PortfolioAccess access;

	private final Leap2aPackage reader;

	private final Leap2aUploads uploads;

	private final Leap2aImportWriter writer;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final long maxUploadSize;

	Leap2aService(PortfolioAccess access, Leap2aPackage reader, Leap2aUploads uploads, Leap2aImportWriter writer,
			MessageSource messages, PlatformTransactionManager transactions, Clock clock,
			@Value("${chartfolio.leap2a.max-upload-size:200MB}") DataSize maxUploadSize) {
		this.access = access;
		this.reader = reader;
		this.uploads = uploads;
		this.writer = writer;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.maxUploadSize = maxUploadSize.toBytes();
	}

	/** The preview of an upload, for the page. */
	record PreviewPage(UUID id, String fileName, Preview preview) {
	}

	/**
	 * What the candidate chose: entries by key, whether plan tasks become goals, pages
	 * whole or as their parts.
	 */
	record Choice(Set<String> selected, boolean tasksAsGoals, boolean pagesAsParts) {
	}

	/** What an import brought in. */
	record Imported(int items, int goals) {
	}

	/**
	 * Checks an uploaded Leap2A ZIP or {@code leap2a.xml} and keeps it for the preview;
	 * nothing is kept of one that is refused ({@link Refusal}).
	 */
	UUID upload(SignedInUser user, long portfolioId, InputStreamSource file, String fileName) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Path temp = null;
		try {
			temp = Files.createTempFile("chartfolio-leap2a-", ".upload");
			try (InputStream in = file.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
				byte[] buffer = new byte[64 * 1024];
				long total = 0;
				int n;
				while ((n = in.read(buffer)) > 0) {
					total += n;
					if (total > this.maxUploadSize) {
						throw new Refusal("leap2a.import.uploadTooLarge");
					}
					out.write(buffer, 0, n);
				}
			}
			try (Opened opened = this.reader.open(temp)) {
				if (opened.feed().entries().isEmpty()) {
					throw new Refusal("leap2a.import.noEntries");
				}
			}
			Instant now = this.clock.instant();
			Path stored = temp;
			return this.transaction.execute((status) -> {
				this.uploads.deleteExpired(now);
				return this.uploads.store(portfolio.id(), user.id(), safeFileName(fileName), stored, now,
						now.plus(KEEPS));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			TempFiles.delete(temp);
		}
	}

	/** What an upload offers; another person's upload, or one expired, is not found. */
	PreviewPage preview(SignedInUser user, long portfolioId, UUID id) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Stored stored = stored(user, portfolio, id);
		return withOpened(stored, (opened) -> new PreviewPage(id, stored.fileName(), preview(user, opened)));
	}

	/** Brings in what the candidate chose, in one transaction, and forgets the upload. */
	Imported confirm(SignedInUser user, long portfolioId, UUID id, Choice choice) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Stored stored = stored(user, portfolio, id);
		return withOpened(stored, (opened) -> {
			Preview preview = preview(user, opened);
			List<Candidate> chosen = chosen(preview, choice);
			if (chosen.isEmpty()) {
				throw new Refusal("leap2a.import.nothingChosen");
			}
			try {
				return this.transaction.execute((status) -> {
					Imported imported = this.writer.write(user, portfolioId, opened, chosen, choice);
					this.uploads.delete(id);
					return imported;
				});
			}
			catch (IllegalArgumentException | DataAccessException ex) {
				throw new Refusal("leap2a.import.failed");
			}
		});
	}

	void discard(SignedInUser user, long portfolioId, UUID id) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		stored(user, portfolio, id);
		this.uploads.delete(id);
	}

	private Stored stored(SignedInUser user, PortfolioRef portfolio, UUID id) {
		return this.uploads.find(id, portfolio.id(), user.id(), this.clock.instant())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolio.id()));
	}

	private <T> T withOpened(Stored stored, java.util.function.Function<Opened, T> work) {
		Path temp = null;
		try {
			temp = Files.createTempFile("chartfolio-leap2a-", ".upload");
			Path file = temp;
			this.readOnly.executeWithoutResult((status) -> this.uploads.copyTo(stored, file));
			try (Opened opened = this.reader.open(temp)) {
				return work.apply(opened);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			TempFiles.delete(temp);
		}
	}

	private Preview preview(SignedInUser user, Opened opened) {
		return new Leap2aImport(opened, this::say, user.getDisplayName()).preview();
	}

	/**
	 * The chosen candidates in the feed's order, a page's parts in its place when pages
	 * come as parts, each once.
	 */
	static List<Candidate> chosen(Preview preview, Choice choice) {
		Map<String, Candidate> chosen = new LinkedHashMap<>();
		for (Candidate candidate : preview.candidates()) {
			if (!choice.selected().contains(candidate.key())) {
				continue;
			}
			if (candidate.source() == Source.PAGE && choice.pagesAsParts() && !candidate.partKeys().isEmpty()) {
				for (String key : candidate.partKeys()) {
					preview.candidate(key).ifPresent((part) -> chosen.putIfAbsent(part.key(), part));
				}
			}
			else {
				chosen.putIfAbsent(candidate.key(), candidate);
			}
		}
		return List.copyOf(chosen.values());
	}

	private String say(String key, Object[] args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

	private static String safeFileName(String name) {
		String n = (name != null) ? name : "";
		n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replaceAll("[\\p{Cntrl}]", "").strip();
		if (n.isEmpty()) {
			n = Leap2aPackage.FEED;
		}
		return (n.length() > 200) ? n.substring(0, 200) : n;
	}

}
