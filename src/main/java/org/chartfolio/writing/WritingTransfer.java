package org.chartfolio.writing;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * The written text of a portfolio's sections, every revision of it and its citations, as
 * plain data for the data export, and written back exactly for the import. Sections are
 * named by their position in the portfolio, evidence by its number. The caller has asked
 * PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class WritingTransfer {

	// The forms' limits, for the import to hold an archive to them.
	public static final int MAX_TEXT_LENGTH = WritingService.MAX_BODY_LENGTH;

	public static final int MAX_NOTE_LENGTH = StoredCitation.MAX_NOTE_LENGTH;

	private final JdbcClient jdbc;

	/**
	 * A section's writing; {@code body} is null for a section never written (it may still
	 * have revisions).
	 */
	public record SectionWriting(int section, String body, Integer wordCount, Instant updatedAt,
			List<RevisionData> revisions, List<CitationData> citations) {
	}

	public record RevisionData(int number, String body, int wordCount, Instant createdAt, String reason) {
	}

	public record CitationData(int evidenceNumber, int paragraph, String note) {
	}

	/** The writing of every section that has any, by section position. */
	@Transactional(readOnly = true)
	public Map<Integer, SectionWriting> export(long portfolioId) {
		Map<Integer, String> bodies = new LinkedHashMap<>();
		Map<Integer, Integer> words = new LinkedHashMap<>();
		Map<Integer, Instant> updated = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.position, t.body, t.word_count, t.updated_at from section_text t
				join section s on s.id = t.section_id where s.portfolio_id = ?""")
			.param(portfolioId)
			.query((ResultSet rs) -> {
				bodies.put(rs.getInt("position"), rs.getString("body"));
				words.put(rs.getInt("position"), rs.getInt("word_count"));
				updated.put(rs.getInt("position"), instant(rs, "updated_at"));
			});
		Map<Integer, List<RevisionData>> revisions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.position, r.number, r.body, r.word_count, r.created_at, r.reason from section_revision r
				join section s on s.id = r.section_id where s.portfolio_id = ? order by s.position, r.number""")
			.param(portfolioId)
			.query((ResultSet rs) -> {
				revisions.computeIfAbsent(rs.getInt("position"), (k) -> new ArrayList<>())
					.add(new RevisionData(rs.getInt("number"), rs.getString("body"), rs.getInt("word_count"),
							instant(rs, "created_at"), rs.getString("reason")));
			});
		Map<Integer, List<CitationData>> citations = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.position, c.evidence_number, c.paragraph, c.note from citation c
				join section s on s.id = c.section_id where s.portfolio_id = ?
				order by s.position, c.paragraph, c.evidence_number""").param(portfolioId).query((ResultSet rs) -> {
			citations.computeIfAbsent(rs.getInt("position"), (k) -> new ArrayList<>())
				.add(new CitationData(rs.getInt("evidence_number"), rs.getInt("paragraph"), rs.getString("note")));
		});
		Map<Integer, SectionWriting> writing = new java.util.TreeMap<>();
		java.util.Set<Integer> sections = new java.util.TreeSet<>(bodies.keySet());
		sections.addAll(revisions.keySet());
		sections.addAll(citations.keySet());
		for (Integer section : sections) {
			writing.put(section,
					new SectionWriting(section, bodies.get(section), words.get(section), updated.get(section),
							revisions.getOrDefault(section, List.of()), citations.getOrDefault(section, List.of())));
		}
		return writing;
	}

	/**
	 * Writes the sections' writing into a restored portfolio, in the caller's
	 * transaction. {@code sectionIds} by position, {@code evidenceIds} by number; a
	 * citation of a number that is not there is an {@link IllegalArgumentException}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long portfolioId, Map<Integer, Long> sectionIds, Map<Integer, Long> evidenceIds,
			List<SectionWriting> writing) {
		for (SectionWriting section : writing) {
			Long sectionId = sectionIds.get(section.section());
			if (sectionId == null) {
				throw new IllegalArgumentException("No section " + section.section());
			}
			if (section.body() != null) {
				this.jdbc.sql("""
						insert into section_text (section_id, portfolio_id, body, word_count, updated_at)
						values (?, ?, ?, ?, ?)""")
					.params(sectionId, portfolioId, section.body(),
							section.wordCount() == null ? 0 : section.wordCount(), timestamp(section.updatedAt()))
					.update();
			}
			for (RevisionData revision : section.revisions()) {
				this.jdbc.sql("""
						insert into section_revision (section_id, number, body, word_count, created_at, reason)
						values (?, ?, ?, ?, ?, ?)""")
					.params(sectionId, revision.number(), revision.body(), revision.wordCount(),
							timestamp(revision.createdAt()), revision.reason())
					.update();
			}
			for (CitationData citation : section.citations()) {
				Long evidenceId = evidenceIds.get(citation.evidenceNumber());
				if (evidenceId == null) {
					throw new IllegalArgumentException("No evidence E" + citation.evidenceNumber());
				}
				this.jdbc.sql("""
						insert into citation (section_id, evidence_id, evidence_number, paragraph, note)
						values (?, ?, ?, ?, ?)""")
					.params(sectionId, evidenceId, citation.evidenceNumber(), citation.paragraph(), citation.note())
					.update();
			}
		}
	}

}
