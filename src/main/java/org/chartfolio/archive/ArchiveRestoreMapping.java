package org.chartfolio.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.chartfolio.archive.ArchiveDocument.EvidenceDoc;
import org.chartfolio.archive.ArchiveDocument.FileDoc;
import org.chartfolio.archive.ArchiveDocument.GoalDoc;
import org.chartfolio.archive.ArchiveDocument.MeetingDoc;
import org.chartfolio.archive.ArchiveDocument.PksbDoc;
import org.chartfolio.archive.ArchiveDocument.PortfolioDoc;
import org.chartfolio.archive.ArchiveDocument.SectionDoc;
import org.chartfolio.cpd.CpdTransfer.CpdData;
import org.chartfolio.evidence.EvidenceTransfer.EvidenceData;
import org.chartfolio.evidence.EvidenceTransfer.FileData;
import org.chartfolio.evidence.EvidenceTransfer.ItemData;
import org.chartfolio.meeting.MeetingTransfer.ActionData;
import org.chartfolio.meeting.MeetingTransfer.MeetingData;
import org.chartfolio.pksb.PksbTransfer.EntryData;
import org.chartfolio.pksb.PksbTransfer.PksbData;
import org.chartfolio.pksb.PksbTransfer.RatingData;
import org.chartfolio.pksb.PksbTransfer.ReflectionData;
import org.chartfolio.pksb.PksbTransfer.SnapshotData;
import org.chartfolio.plan.PlanTransfer.GoalData;
import org.chartfolio.portfolio.PortfolioTransfer.PortfolioData;
import org.chartfolio.portfolio.PortfolioTransfer.SectionData;
import org.chartfolio.readiness.GlossaryTransfer.GlossaryData;
import org.chartfolio.review.ReviewTransfer.CommentData;
import org.chartfolio.review.ReviewTransfer.ThreadData;
import org.chartfolio.signoff.SignOffTransfer.SignOffData;
import org.chartfolio.writing.WritingTransfer.CitationData;
import org.chartfolio.writing.WritingTransfer.RevisionData;
import org.chartfolio.writing.WritingTransfer.SectionWriting;

/**
 * From the file format back to the modules' records, for the restore: positions, numbers
 * and refs become ids again, and a document missing what the restore cannot do without is
 * refused.
 */
final class ArchiveRestoreMapping {

	private ArchiveRestoreMapping() {
	}

	/**
	 * Refuses (IllegalArgumentException, NullPointerException) a document missing what
	 * the import cannot do without.
	 */
	static void requireComplete(ArchiveDocument document) {
		PortfolioDoc p = Objects.requireNonNull(document.portfolio());
		Objects.requireNonNull(p.route());
		Objects.requireNonNull(p.title());
		Objects.requireNonNull(p.createdAt());
		Objects.requireNonNull(p.updatedAt());
		for (SectionDoc s : Objects.requireNonNull(p.sections())) {
			Objects.requireNonNull(s.kind());
			Objects.requireNonNull(s.status());
			Objects.requireNonNull(s.updatedAt());
		}
		for (EvidenceDoc e : Objects.requireNonNull(p.evidence())) {
			Objects.requireNonNull(e.kind());
			Objects.requireNonNull(e.title());
			Objects.requireNonNull(e.createdAt());
			for (FileDoc f : Objects.requireNonNull(e.files())) {
				Objects.requireNonNull(f.name());
				Objects.requireNonNull(f.contentType());
				Objects.requireNonNull(f.sha256());
			}
		}
		for (GoalDoc g : list(p.goals())) {
			Objects.requireNonNull(g.title());
			Objects.requireNonNull(g.status());
		}
		for (MeetingDoc m : list(p.meetings())) {
			Objects.requireNonNull(m.heldOn());
			Objects.requireNonNull(m.mode());
		}
	}

	static PortfolioData portfolio(PortfolioDoc p) {
		return new PortfolioData(p.route(), p.title(), p.targetDate(), p.createdAt(), p.updatedAt(), p.submittedAt(),
				p.sections()
					.stream()
					.map((s) -> new SectionData(0, s.position(), s.kind(), s.criterion(), s.title(), s.status(),
							s.updatedAt(), s.readyForReviewSince(), s.approvedAt(), s.approvedBy(),
							s.approvedRevision(), s.reopenReason(), s.reopenedAt()))
					.toList());
	}

	static List<SectionWriting> writing(PortfolioDoc p) {
		return p.sections()
			.stream()
			.map((s) -> new SectionWriting(s.position(), s.text(), s.wordCount(), s.textUpdatedAt(),
					list(s.revisions()).stream()
						.map((r) -> new RevisionData(r.number(), r.text(), r.wordCount(), r.createdAt(), r.reason()))
						.toList(),
					list(s.citations()).stream()
						.map((c) -> new CitationData(c.evidence(), c.paragraph(), c.note()))
						.toList()))
			.toList();
	}

	/**
	 * The items and their files, each file of the type {@code types} detected rather than
	 * the one declared.
	 */
	static EvidenceData evidence(PortfolioDoc p, Function<FileDoc, String> types) {
		return new EvidenceData((p.lastEvidenceNumber() != null) ? p.lastEvidenceNumber() : 0, p.evidence()
			.stream()
			.map((e) -> new ItemData(e.number(), e.kind(), e.title(), e.date(), text(e.description()),
					text(e.whatItShows()), list(e.tags()), e.link(), e.createdAt(),
					orCreated(e.updatedAt(), e.createdAt()), e.binned() ? orCreated(e.binnedAt(), e.createdAt()) : null,
					e.files()
						.stream()
						.map((f) -> new FileData(0, f.name(), types.apply(f), f.size(), f.sha256(),
								orCreated(f.createdAt(), e.createdAt())))
						.toList()))
			.toList());
	}

	static List<GoalData> goals(PortfolioDoc p, Map<Integer, Long> evidenceIds) {
		return list(p.goals()).stream()
			.map((g) -> new GoalData(g.ref(), g.title(), text(g.reason()), text(g.actions()), g.targetDate(),
					g.status(), text(g.outcome()), g.createdAt(), g.updatedAt(), g.completedOn(), g.binnedAt(),
					list(g.evidence())))
			.toList();
	}

	/**
	 * The assessment, each rating's goal given as the restored goal's id (goal refs in
	 * the file's order).
	 */
	static PksbData pksb(PortfolioDoc p, Map<Integer, Long> goalIds) {
		PksbDoc pksb = (p.pksb() != null) ? p.pksb() : new PksbDoc(List.of(), List.of(), null, List.of());
		return new PksbData(pksb.framework(),
				list(pksb.ratings()).stream()
					.map((r) -> new RatingData(r.area(), r.subArea(), r.now(), r.target(), text(r.comment()),
							(r.goalRef() != null) ? required(goalIds.get(r.goalRef()), "goal " + r.goalRef()) : null,
							r.createdAt(), r.updatedAt()))
					.toList(),
				list(pksb.snapshots()).stream()
					.map((s) -> new SnapshotData(s.kind(), s.takenAt(), list(s.entries()).stream()
						.map((e) -> new EntryData(e.area(), e.subArea(), e.level(), e.target(), text(e.comment())))
						.toList()))
					.toList(),
				list(pksb.reflections()).stream()
					.map((r) -> new ReflectionData(r.area(), text(r.text()), r.updatedAt()))
					.toList());
	}

	static List<ThreadData> threads(PortfolioDoc p) {
		return p.sections()
			.stream()
			.flatMap((s) -> list(s.threads()).stream()
				.map((t) -> new ThreadData(s.position(), t.quotedParagraph(), t.quotedText(), t.createdAt(),
						t.resolvedAt(), t.resolvedBy(),
						list(t.comments()).stream()
							.map((c) -> new CommentData(c.authorName(), c.authorRole(), c.text(), c.createdAt(),
									Boolean.TRUE.equals(c.imported())))
							.toList())))
			.toList();
	}

	static List<MeetingData> meetings(PortfolioDoc p) {
		return list(p.meetings()).stream()
			.map((m) -> new MeetingData(m.heldOn(), m.mode(), text(m.notes()), m.nextMeetingOn(), m.recordedBy(),
					m.createdAt(), m.updatedAt(), m.deletedAt(),
					list(m.actions()).stream()
						.map((a) -> new ActionData(a.position(), a.text(), a.done(), a.doneAt(), a.doneBy()))
						.toList()))
			.toList();
	}

	static List<CpdData> cpd(PortfolioDoc p) {
		return list(p.cpd()).stream()
			.map((c) -> new CpdData(c.date(), c.title(), c.hours(), text(c.reflection()), c.createdAt(), c.updatedAt(),
					c.deletedAt()))
			.toList();
	}

	static List<SignOffData> signOffs(PortfolioDoc p) {
		return list(p.signOffs()).stream()
			.map((d) -> new SignOffData(required(d.author(), "sign-off author"), d.name(), d.role(), d.text(),
					d.signedAt(), required(d.updatedAt(), "sign-off date"), Boolean.TRUE.equals(d.imported())))
			.toList();
	}

	static List<GlossaryData> glossary(PortfolioDoc p) {
		return list(p.glossary()).stream()
			.map((g) -> new GlossaryData(required(g.acronym(), "acronym"), g.expansion(), g.dismissed(),
					required(g.updatedAt(), "glossary date")))
			.toList();
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static String text(String text) {
		return (text != null) ? text : "";
	}

	private static Instant orCreated(Instant instant, Instant created) {
		return (instant != null) ? instant : created;
	}

	private static <T> T required(T value, String what) {
		if (value == null) {
			throw new IllegalArgumentException("No " + what);
		}
		return value;
	}

}
