package org.chartfolio.readiness;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.system.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portfolio's glossary of acronyms: the candidate defines or dismisses the acronyms the
 * readiness check flags as unexplained at first use; the mentor reads it. Every change
 * names the version of the entry it was made from, so that one made from a stale page is
 * refused.
 */
@Service
@RequiredArgsConstructor
public class GlossaryService {

	private final GlossaryEntries entries;

	private final PortfolioAccess access;

	private final PortfolioWriting writing;

	private final CommonWords common;

	private final Clock clock;

	/** An acronym first used without being explained, and not yet in the glossary. */
	public record Flagged(String acronym, long sectionId, String sectionName, String excerpt) {
	}

	/**
	 * An acronym of the glossary. {@code used} says whether the writing uses it at all.
	 */
	public record Entry(String acronym, String expansion, boolean dismissed, long version, boolean used) {
	}

	/** An acronym explained where it is first used, which needs nothing more. */
	public record Explained(String acronym, long sectionId, String sectionName, String excerpt) {
	}

	/** What the glossary page shows. */
	public record Glossary(PortfolioSummary portfolio, List<Flagged> flagged, List<Entry> entries,
			List<Explained> explained) {
	}

	/**
	 * What the form to define an acronym starts from; {@code version} null for an acronym
	 * not in the glossary.
	 */
	public record EntryForm(String acronym, String expansion, Long version) {
	}

	@Transactional(readOnly = true)
	public Glossary glossary(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		PortfolioWriting.Read read = this.writing.read(user, portfolio.id());
		Analysis analysis = analyse(read, portfolio.id());
		List<Entry> entries = analysis.entries()
			.values()
			.stream()
			.map((entry) -> new Entry(entry.getAcronym(), entry.getExpansion(), entry.isDismissed(), entry.getVersion(),
					analysis.used(entry.getAcronym())))
			.toList();
		List<Explained> explained = analysis.uses()
			.stream()
			.filter(Acronyms.FirstUse::explained)
			.map((use) -> new Explained(use.acronym(), use.passage().sectionId(), use.passage().sectionName(),
					use.excerpt()))
			.toList();
		return new Glossary(read.portfolio().summary(), analysis.flagged(), entries, explained);
	}

	/**
	 * An acronym the candidate explained in the glossary, as the assessors read it in the
	 * submission.
	 */
	public record Abbreviation(String acronym, String expansion) {
	}

	/**
	 * The glossary's definitions of acronyms the writing uses, in alphabetical order, for
	 * whoever reads the portfolio: dismissed acronyms and definitions nothing uses any
	 * more are left out.
	 */
	@Transactional(readOnly = true)
	public List<Abbreviation> abbreviations(SignedInUser user, long portfolioId) {
		return glossary(user, portfolioId).entries()
			.stream()
			.filter((entry) -> entry.used() && !entry.dismissed() && entry.expansion() != null
					&& !entry.expansion().isBlank())
			.map((entry) -> new Abbreviation(entry.acronym(), entry.expansion()))
			.toList();
	}

	/**
	 * The acronyms and their first uses in a portfolio already read, with its glossary.
	 */
	record Analysis(List<Acronyms.FirstUse> uses, Map<String, GlossaryEntry> entries) {

		List<Flagged> flagged() {
			return this.uses.stream()
				.filter((use) -> !use.explained())
				.filter((
						use) -> !(this.entries.containsKey(use.acronym()) && this.entries.get(use.acronym()).settles()))
				.map((use) -> new Flagged(use.acronym(), use.passage().sectionId(), use.passage().sectionName(),
						use.excerpt()))
				.toList();
		}

		boolean used(String acronym) {
			return this.uses.stream().anyMatch((use) -> use.acronym().equals(acronym));
		}

	}

	/** One query for the glossary; the writing is read by the caller. */
	Analysis analyse(PortfolioWriting.Read read, long portfolioId) {
		List<Acronyms.FirstUse> uses = Acronyms.firstUses(this.writing.passages(read), this.common);
		Map<String, GlossaryEntry> entries = this.entries.findByPortfolioIdOrderByAcronym(portfolioId)
			.stream()
			.collect(Collectors.toMap(GlossaryEntry::getAcronym, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
		return new Analysis(uses, entries);
	}

	/** The form for one acronym (which may be new to the glossary), for the candidate. */
	@Transactional(readOnly = true)
	public EntryForm entryForm(SignedInUser user, long portfolioId, String acronym) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		String normal = normalised(acronym).orElse("");
		return this.entries.findByPortfolioIdAndAcronym(portfolio.id(), normal)
			.map((entry) -> new EntryForm(entry.getAcronym(), entry.getExpansion(), entry.getVersion()))
			.orElseGet(() -> new EntryForm(normal, "", null));
	}

	/**
	 * Defines an acronym, adding it to the glossary or changing its expansion.
	 * @param version the version of the entry the form was opened at; null for an acronym
	 * not yet in it
	 */
	@Transactional
	public void define(SignedInUser user, long portfolioId, String acronym, String expansion, Long version) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		String normal = normalised(acronym)
			.orElseThrow(() -> new FieldProblem("acronym", "readiness.glossary.acronym.invalid"));
		GlossaryEntry entry = current(portfolio.id(), normal, version);
		entry.define(expansion, this.clock.instant());
		this.entries.save(entry);
	}

	/**
	 * Says an acronym needs no explaining, or ({@code dismiss} false) that it does after
	 * all.
	 */
	@Transactional
	public void dismiss(SignedInUser user, long portfolioId, String acronym, boolean dismiss, Long version) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		String normal = normalised(acronym).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		GlossaryEntry entry = current(portfolio.id(), normal, version);
		entry.dismiss(dismiss, this.clock.instant());
		this.entries.save(entry);
	}

	/**
	 * Takes an acronym out of the glossary; the check flags it again if the writing still
	 * needs it.
	 */
	@Transactional
	public void delete(SignedInUser user, long portfolioId, String acronym, Long version) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		String normal = normalised(acronym).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		GlossaryEntry entry = this.entries.findByPortfolioIdAndAcronym(portfolio.id(), normal)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		entry.requireVersion(version);
		this.entries.delete(entry);
	}

	/**
	 * The entry to change: the one the form was opened at, or a new one for an acronym
	 * not in the glossary. An entry at another version than the form's was changed by
	 * somebody since.
	 */
	private GlossaryEntry current(long portfolioId, String acronym, Long version) {
		Optional<GlossaryEntry> existing = this.entries.findByPortfolioIdAndAcronym(portfolioId, acronym);
		if (existing.isEmpty()) {
			// Also when it was deleted since the form was opened: what the candidate asks
			// for still stands.
			return new GlossaryEntry(portfolioId, acronym, this.clock.instant());
		}
		GlossaryEntry entry = existing.get();
		entry.requireVersion(version);
		return entry;
	}

	/**
	 * The acronym as kept: capitals and digits, starting with a letter, at most 20
	 * characters.
	 */
	static Optional<String> normalised(String acronym) {
		if (acronym == null) {
			return Optional.empty();
		}
		String stripped = acronym.strip().toUpperCase(Locale.ROOT);
		return stripped.matches("[A-Z][A-Z0-9]{1," + (Acronyms.MAX_LENGTH - 1) + "}") ? Optional.of(stripped)
				: Optional.empty();
	}

}
