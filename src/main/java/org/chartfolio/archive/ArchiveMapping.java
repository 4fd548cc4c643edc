package org.chartfolio.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chartfolio.archive.ArchiveDocument.ActionDoc;
import org.chartfolio.archive.ArchiveDocument.CitationDoc;
import org.chartfolio.archive.ArchiveDocument.CommentDoc;
import org.chartfolio.archive.ArchiveDocument.CpdDoc;
import org.chartfolio.archive.ArchiveDocument.EvidenceDoc;
import org.chartfolio.archive.ArchiveDocument.FileDoc;
import org.chartfolio.archive.ArchiveDocument.GlossaryDoc;
import org.chartfolio.archive.ArchiveDocument.GoalDoc;
import org.chartfolio.archive.ArchiveDocument.MeetingDoc;
import org.chartfolio.archive.ArchiveDocument.PksbDoc;
import org.chartfolio.archive.ArchiveDocument.PortfolioDoc;
import org.chartfolio.archive.ArchiveDocument.RatingDoc;
import org.chartfolio.archive.ArchiveDocument.ReflectionDoc;
import org.chartfolio.archive.ArchiveDocument.RevisionDoc;
import org.chartfolio.archive.ArchiveDocument.SectionDoc;
import org.chartfolio.archive.ArchiveDocument.SignOffDoc;
import org.chartfolio.archive.ArchiveDocument.SnapshotDoc;
import org.chartfolio.archive.ArchiveDocument.SnapshotEntryDoc;
import org.chartfolio.archive.ArchiveDocument.ThreadDoc;
import org.chartfolio.cpd.CpdTransfer.CpdData;
import org.chartfolio.evidence.EvidenceTransfer.EvidenceData;
import org.chartfolio.evidence.EvidenceTransfer.FileData;
import org.chartfolio.evidence.EvidenceTransfer.ItemData;
import org.chartfolio.meeting.MeetingTransfer.MeetingData;
import org.chartfolio.pksb.PksbTransfer.PksbData;
import org.chartfolio.plan.PlanTransfer.GoalData;
import org.chartfolio.portfolio.PortfolioTransfer.PortfolioData;
import org.chartfolio.portfolio.PortfolioTransfer.SectionData;
import org.chartfolio.readiness.GlossaryTransfer.GlossaryData;
import org.chartfolio.review.ReviewTransfer.ThreadData;
import org.chartfolio.signoff.SignOffTransfer.SignOffData;
import org.chartfolio.writing.WritingTransfer.SectionWriting;

/**
 * From the modules' records to the file format, for the export. Only here do ids become
 * positions, numbers and refs; {@link ArchiveRestoreMapping} turns them back.
 */
final class ArchiveMapping {

	private ArchiveMapping() {
	}

	/** Everything the modules hand over for one portfolio. */
	record Parts(PortfolioData portfolio, Map<Integer, SectionWriting> writing, EvidenceData evidence,
			List<GoalData> goals, PksbData pksb, List<ThreadData> threads, List<MeetingData> meetings,
			List<CpdData> cpd, List<GlossaryData> glossary, List<SignOffData> signOffs) {
	}

	/** A file to put in the ZIP: its path there and its id here. */
	record FileEntry(String path, long fileId) {
	}

	record Exported(ArchiveDocument document, List<FileEntry> files) {
	}

	static Exported toDocument(Parts parts, String app, Instant now) {
		List<SectionDoc> sections = new ArrayList<>();
		for (SectionData section : parts.portfolio().sections()) {
			SectionWriting writing = parts.writing().get(section.position());
			List<ThreadDoc> threads = parts.threads()
				.stream()
				.filter((thread) -> thread.section() == section.position())
				.map((thread) -> new ThreadDoc(thread.quotedParagraph(), thread.quotedText(), thread.createdAt(),
						thread.resolvedAt() != null, thread.resolvedAt(), thread.resolvedByName(),
						thread.comments()
							.stream()
							.map((c) -> new CommentDoc(c.authorName(), c.authorRole(), c.body(), c.createdAt(),
									c.imported()))
							.toList()))
				.toList();
			sections.add(new SectionDoc(section.position(), section.kind(), section.criterion(), section.title(),
					section.status(), section.updatedAt(), section.readySince(), section.approvedAt(),
					section.approvedByName(), section.approvedRevision(), section.reopenReason(), section.reopenedAt(),
					(writing != null) ? writing.body() : null, (writing != null) ? writing.wordCount() : null,
					(writing != null) ? writing.updatedAt() : null,
					(writing != null) ? writing.revisions()
						.stream()
						.map((r) -> new RevisionDoc(r.number(), r.body(), r.wordCount(), r.createdAt(), r.reason()))
						.toList() : List.of(),
					(writing != null) ? writing.citations()
						.stream()
						.map((c) -> new CitationDoc(c.evidenceNumber(), c.paragraph(), c.note()))
						.toList() : List.of(),
					threads));
		}
		List<FileEntry> files = new ArrayList<>();
		List<EvidenceDoc> evidence = new ArrayList<>();
		for (ItemData item : parts.evidence().items()) {
			List<FileDoc> docs = new ArrayList<>();
			for (int i = 0; i < item.files().size(); i++) {
				FileData file = item.files().get(i);
				String path = "files/E" + item.number() + "/" + (i + 1) + "-" + safeName(file.name());
				docs.add(new FileDoc(file.name(), file.contentType(), file.size(), file.sha256(), path,
						file.createdAt()));
				files.add(new FileEntry(path, file.id()));
			}
			evidence.add(new EvidenceDoc(item.number(), item.kind(), item.title(), item.activityDate(),
					item.description(), item.reflection(), item.tags(), item.link(), item.deletedAt() != null,
					item.deletedAt(), item.createdAt(), item.updatedAt(), docs));
		}
		Map<Long, Integer> goalRefs = new HashMap<>();
		for (GoalData goal : parts.goals()) {
			goalRefs.put(goal.id(), goalRefs.size() + 1);
		}
		List<GoalDoc> goals = parts.goals()
			.stream()
			.map((goal) -> new GoalDoc(goalRefs.get(goal.id()), goal.title(), goal.reason(), goal.actions(),
					goal.targetDate(), goal.status(), goal.outcome(), goal.createdAt(), goal.updatedAt(),
					goal.completedOn(), goal.deletedAt(), goal.evidenceNumbers(), origin(parts.pksb(), goal.id())))
			.toList();
		PksbDoc pksb = new PksbDoc(
				parts.pksb()
					.ratings()
					.stream()
					.map((r) -> new RatingDoc(r.area(), r.subArea(), r.currentLevel(), r.targetLevel(), r.comment(),
							(r.goalId() != null) ? goalRefs.get(r.goalId()) : null, r.createdAt(), r.updatedAt()))
					.toList(),
				parts.pksb()
					.snapshots()
					.stream()
					.map((s) -> new SnapshotDoc(s.kind(), s.takenAt(),
							s.entries()
								.stream()
								.map((e) -> new SnapshotEntryDoc(e.area(), e.subArea(), e.level(), e.targetLevel(),
										e.comment()))
								.toList()))
					.toList(),
				parts.pksb().framework(),
				parts.pksb()
					.reflections()
					.stream()
					.map((r) -> new ReflectionDoc(r.area(), r.text(), r.updatedAt()))
					.toList());
		List<MeetingDoc> meetings = parts.meetings()
			.stream()
			.map((m) -> new MeetingDoc(m.heldOn(), m.mode(), m.notes(), m.nextMeetingOn(), m.recordedByName(),
					m.createdAt(), m.updatedAt(), m.deletedAt(),
					m.actions()
						.stream()
						.map((a) -> new ActionDoc(a.position(), a.text(), a.done(), a.doneAt(), a.doneByName()))
						.toList()))
			.toList();
		List<CpdDoc> cpd = parts.cpd()
			.stream()
			.map((c) -> new CpdDoc(c.date(), c.title(), c.hours(), c.reflection(), c.createdAt(), c.updatedAt(),
					c.deletedAt()))
			.toList();
		List<GlossaryDoc> glossary = parts.glossary()
			.stream()
			.map((g) -> new GlossaryDoc(g.acronym(), g.expansion(), g.dismissed(), g.updatedAt()))
			.toList();
		List<SignOffDoc> signOffs = parts.signOffs()
			.stream()
			.map((d) -> new SignOffDoc(d.author(), d.name(), d.role(), d.text(), d.signedAt(), d.updatedAt(),
					d.imported()))
			.toList();
		PortfolioData p = parts.portfolio();
		PortfolioDoc portfolio = new PortfolioDoc(p.routeCode(), p.title(), p.targetDate(), p.createdAt(),
				p.updatedAt(), p.submittedAt(), parts.evidence().lastNumber(), sections, evidence, goals, pksb,
				meetings, cpd, glossary, signOffs);
		return new Exported(new ArchiveDocument(ArchiveDocument.FORMAT_VERSION, app, now, portfolio), files);
	}

	/**
	 * The PKSB area (and sub-area) whose gap became the goal, for a reader of the file;
	 * the import ignores it.
	 */
	private static String origin(PksbData pksb, long goalId) {
		return pksb.ratings()
			.stream()
			.filter((r) -> r.goalId() != null && r.goalId() == goalId)
			.map((r) -> (r.subArea() != null) ? r.area() + " " + r.subArea() : r.area())
			.findFirst()
			.orElse(null);
	}

	/** A name for the path inside the ZIP: letters, digits, dot, dash and underscore. */
	static String safeName(String name) {
		String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "_");
		return safe.isEmpty() ? "file" : safe;
	}

}
