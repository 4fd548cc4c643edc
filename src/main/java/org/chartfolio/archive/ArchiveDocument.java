package org.chartfolio.archive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The format of {@code portfolio.json}, version {@value #FORMAT_VERSION}, as README.md
 * ("Data export (ZIP)") documents it. Ids of the installation that wrote it never appear:
 * sections are named by position, evidence by number, goals by {@code ref}, PKSB areas by
 * name.
 */
record ArchiveDocument(int formatVersion, String app, Instant exportedAt, PortfolioDoc portfolio) {

	static final int FORMAT_VERSION = 1;

	record PortfolioDoc(String route, String title, LocalDate targetDate, Instant createdAt, Instant updatedAt,
			Instant submittedAt, Integer lastEvidenceNumber, List<SectionDoc> sections, List<EvidenceDoc> evidence,
			List<GoalDoc> goals, PksbDoc pksb, List<MeetingDoc> meetings, List<CpdDoc> cpd, List<GlossaryDoc> glossary,
			List<SignOffDoc> signOffs) {
	}

	record SectionDoc(int position, String kind, Integer criterion, String title, String status, Instant updatedAt,
			Instant readyForReviewSince, Instant approvedAt, String approvedBy, Integer approvedRevision,
			String reopenReason, Instant reopenedAt, String text, Integer wordCount, Instant textUpdatedAt,
			List<RevisionDoc> revisions, List<CitationDoc> citations, List<ThreadDoc> threads) {
	}

	record RevisionDoc(int number, String text, int wordCount, Instant createdAt, String reason) {
	}

	record CitationDoc(int evidence, int paragraph, String note) {
	}

	record ThreadDoc(Integer quotedParagraph, String quotedText, Instant createdAt, boolean resolved,
			Instant resolvedAt, String resolvedBy, List<CommentDoc> comments) {
	}

	/**
	 * {@code imported}: the comment came in from an earlier import (absent, false, in
	 * older files).
	 */
	record CommentDoc(String authorName, String authorRole, String text, Instant createdAt, Boolean imported) {
	}

	record EvidenceDoc(int number, String kind, String title, LocalDate date, String description, String whatItShows,
			List<String> tags, String link, boolean binned, Instant binnedAt, Instant createdAt, Instant updatedAt,
			List<FileDoc> files) {
	}

	record FileDoc(String name, String contentType, long size, String sha256, String path, Instant createdAt) {
	}

	record GoalDoc(int ref, String title, String reason, String actions, LocalDate targetDate, String status,
			String outcome, Instant createdAt, Instant updatedAt, LocalDate completedOn, Instant binnedAt,
			List<Integer> evidence, String originPksbArea) {
	}

	/**
	 * {@code framework}: the PKSB framework's code; absent (the general PKSB) and no
	 * reflections in older files.
	 */
	record PksbDoc(List<RatingDoc> ratings, List<SnapshotDoc> snapshots, String framework,
			List<ReflectionDoc> reflections) {
	}

	record ReflectionDoc(String area, String text, Instant updatedAt) {
	}

	record RatingDoc(String area, String subArea, Integer now, Integer target, String comment, Integer goalRef,
			Instant createdAt, Instant updatedAt) {
	}

	record SnapshotDoc(String kind, Instant takenAt, List<SnapshotEntryDoc> entries) {
	}

	record SnapshotEntryDoc(String area, String subArea, Integer level, Integer target, String comment) {
	}

	record MeetingDoc(LocalDate heldOn, String mode, String notes, LocalDate nextMeetingOn, String recordedBy,
			Instant createdAt, Instant updatedAt, Instant deletedAt, List<ActionDoc> actions) {
	}

	record ActionDoc(int position, String text, boolean done, Instant doneAt, String doneBy) {
	}

	/** A sign-off document: MENTOR or SUPPORTER, who signed it (as text) and when. */
	record SignOffDoc(String author, String name, String role, String text, Instant signedAt, Instant updatedAt,
			Boolean imported) {
	}

	record GlossaryDoc(String acronym, String expansion, boolean dismissed, Instant updatedAt) {
	}

	record CpdDoc(LocalDate date, String title, BigDecimal hours, String reflection, Instant createdAt,
			Instant updatedAt, Instant deletedAt) {
	}

}
