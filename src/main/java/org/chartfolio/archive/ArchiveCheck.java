package org.chartfolio.archive;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.AccountService;
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
import org.chartfolio.cpd.CpdTransfer;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.meeting.MeetingTransfer;
import org.chartfolio.pksb.PksbTransfer;
import org.chartfolio.plan.PlanTransfer;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.readiness.GlossaryTransfer;
import org.chartfolio.review.ReviewTransfer;
import org.chartfolio.signoff.SignOffTransfer;
import org.chartfolio.system.Refusal;
import org.chartfolio.writing.WritingTransfer;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.chartfolio.archive.ArchiveBounds.length;
import static org.chartfolio.archive.ArchiveBounds.range;
import static org.chartfolio.archive.ArchiveBounds.where;
import static org.chartfolio.archive.ArchiveRules.EARLIEST_DAY;

/**
 * One archive's parts held to the forms' limits as they stream in, each part once,
 * sections and evidence numbers never twice; {@link #portfolio} checks the portfolio's
 * own fields at the end.
 */
final class ArchiveCheck {

	private final ArchiveBounds bounds;

	private final Set<Integer> positions = new HashSet<>();

	private final Set<Integer> numbers = new HashSet<>();

	ArchiveCheck(Instant now) {
		this.bounds = new ArchiveBounds(now);
	}

	/** The portfolio's own fields; its parts have been checked as they came. */
	void portfolio(PortfolioDoc p) {
		DefaultMessageSourceResolvable here = where("portfolio");
		length(p.title(), PortfolioTransfer.MAX_TITLE_LENGTH, "portfolioTitle");
		this.bounds.day(here, p.targetDate());
		this.bounds.instants(here, p.createdAt(), p.updatedAt(), p.submittedAt());
		if (p.lastEvidenceNumber() != null
				&& (p.lastEvidenceNumber() < 0 || p.lastEvidenceNumber() > EvidenceTransfer.MAX_IMPORTED_NUMBER)) {
			throw new Refusal("archive.rule.lastEvidenceNumber", p.lastEvidenceNumber(),
					EvidenceTransfer.MAX_IMPORTED_NUMBER);
		}
	}

	void signOff(SignOffDoc document) {
		DefaultMessageSourceResolvable at = where("signOff", String.valueOf(document.name()));
		if (!"MENTOR".equals(document.author()) && !"SUPPORTER".equals(document.author())) {
			throw new IllegalArgumentException("No sign-off author " + document.author());
		}
		length(document.name(), SignOffTransfer.MAX_NAME_LENGTH, "signOffName", document.name());
		length(document.role(), SignOffTransfer.MAX_ROLE_LENGTH, "signOffRole", document.name());
		length(document.text(), SignOffTransfer.MAX_TEXT_LENGTH, "signOffText", document.name());
		this.bounds.instants(at, document.signedAt(), document.updatedAt());
	}

	void glossary(GlossaryDoc entry) {
		DefaultMessageSourceResolvable at = where("glossary", String.valueOf(entry.acronym()));
		length(entry.acronym(), GlossaryTransfer.MAX_ACRONYM_LENGTH, "acronym", entry.acronym());
		length(entry.expansion(), GlossaryTransfer.MAX_EXPANSION_LENGTH, "expansion", entry.acronym());
		this.bounds.instants(at, entry.updatedAt());
	}

	void section(SectionDoc s) {
		int n = s.position();
		DefaultMessageSourceResolvable here = where("section", n);
		range(where("sectionPosition", n), n, 1, Integer.MAX_VALUE);
		if (!this.positions.add(n)) {
			throw new Refusal("archive.rule.sectionTwice", String.valueOf(n));
		}
		length(s.title(), PortfolioTransfer.MAX_SECTION_TITLE_LENGTH, "sectionTitle", n);
		length(s.text(), WritingTransfer.MAX_TEXT_LENGTH, "sectionText", n);
		length(s.approvedBy(), AccountService.MAX_NAME_LENGTH, "sectionName", n);
		length(s.reopenReason(), PortfolioTransfer.MAX_REASON_LENGTH, "reopenReason", n);
		if (s.wordCount() != null) {
			range(where("wordCount", n), s.wordCount(), 0, WritingTransfer.MAX_TEXT_LENGTH);
		}
		this.bounds.instants(here, s.updatedAt(), s.readyForReviewSince(), s.approvedAt(), s.reopenedAt(),
				s.textUpdatedAt());
		Set<Integer> revisions = new HashSet<>();
		for (RevisionDoc r : list(s.revisions())) {
			range(where("revisionNumber", n), r.number(), 1, Integer.MAX_VALUE);
			if (!revisions.add(r.number())) {
				throw new Refusal("archive.rule.revisionTwice", String.valueOf(n), String.valueOf(r.number()));
			}
			length(r.text(), WritingTransfer.MAX_TEXT_LENGTH, "revisionText", n, r.number());
			range(where("wordCount", n), r.wordCount(), 0, WritingTransfer.MAX_TEXT_LENGTH);
			this.bounds.instants(here, r.createdAt());
		}
		if (s.approvedRevision() != null && !revisions.contains(s.approvedRevision())) {
			throw new Refusal("archive.rule.approvedRevision", String.valueOf(n), String.valueOf(s.approvedRevision()));
		}
		for (CitationDoc c : list(s.citations())) {
			length(c.note(), WritingTransfer.MAX_NOTE_LENGTH, "citationNote", n);
			range(where("citationParagraph", n), c.paragraph(), 1, WritingTransfer.MAX_TEXT_LENGTH);
			range(where("citationEvidence", n), c.evidence(), 1, EvidenceTransfer.MAX_IMPORTED_NUMBER);
		}
		for (ThreadDoc t : list(s.threads())) {
			if (t.quotedParagraph() != null) {
				range(where("quotedParagraph", n), t.quotedParagraph(), 1, WritingTransfer.MAX_TEXT_LENGTH);
			}
			length(t.quotedText(), WritingTransfer.MAX_TEXT_LENGTH, "quotedText", n);
			length(t.resolvedBy(), AccountService.MAX_NAME_LENGTH, "sectionName", n);
			this.bounds.instants(here, t.createdAt(), t.resolvedAt());
			for (CommentDoc c : list(t.comments())) {
				length(c.authorName(), AccountService.MAX_NAME_LENGTH, "sectionName", n);
				length(c.text(), ReviewTransfer.MAX_COMMENT_LENGTH, "comment", n);
				this.bounds.instants(here, c.createdAt());
			}
		}
	}

	void evidence(EvidenceDoc e) {
		int n = e.number();
		if (n < 1 || n > EvidenceTransfer.MAX_IMPORTED_NUMBER) {
			throw new Refusal("archive.rule.evidenceNumber", n, EvidenceTransfer.MAX_IMPORTED_NUMBER);
		}
		if (!this.numbers.add(n)) {
			throw new Refusal("archive.rule.evidenceTwice", String.valueOf(n));
		}
		DefaultMessageSourceResolvable here = where("evidence", n);
		length(e.title(), EvidenceTransfer.MAX_TITLE_LENGTH, "evidenceTitle", n);
		length(e.description(), EvidenceTransfer.MAX_TEXT_LENGTH, "evidenceDescription", n);
		length(e.whatItShows(), EvidenceTransfer.MAX_TEXT_LENGTH, "evidenceWhatItShows", n);
		length(e.link(), EvidenceTransfer.MAX_LINK_LENGTH, "evidenceLink", n);
		List<String> tags = list(e.tags());
		for (String tag : tags) {
			length(tag, EvidenceTransfer.MAX_TAG_LENGTH, "evidenceTag", n);
		}
		length(String.join(", ", tags), EvidenceTransfer.MAX_TAGS_LENGTH, "evidenceTags", n);
		this.bounds.day(here, e.date());
		this.bounds.instants(here, e.createdAt(), e.updatedAt(), e.binnedAt());
		for (FileDoc f : list(e.files())) {
			this.bounds.instants(here, f.createdAt());
		}
	}

	void goal(GoalDoc g) {
		int n = g.ref();
		DefaultMessageSourceResolvable here = where("goal", n);
		range(where("goalRef", n), n, 1, Integer.MAX_VALUE);
		length(g.title(), PlanTransfer.MAX_TITLE_LENGTH, "goalTitle", n);
		length(g.reason(), PlanTransfer.MAX_TEXT_LENGTH, "goalReason", n);
		length(g.actions(), PlanTransfer.MAX_TEXT_LENGTH, "goalActions", n);
		length(g.outcome(), PlanTransfer.MAX_TEXT_LENGTH, "goalOutcome", n);
		this.bounds.day(here, g.targetDate());
		this.bounds.day(here, g.completedOn());
		this.bounds.instants(here, g.createdAt(), g.updatedAt(), g.binnedAt());
	}

	void pksb(PksbDoc pksb) {
		if (pksb == null) {
			return;
		}
		DefaultMessageSourceResolvable here = where("pksb");
		for (RatingDoc r : list(pksb.ratings())) {
			String area = (r.subArea() != null) ? r.area() + " " + r.subArea() : String.valueOf(r.area());
			length(r.comment(), PksbTransfer.MAX_COMMENT_LENGTH, "pksbComment", area);
			level(area, r.now());
			level(area, r.target());
			this.bounds.instants(here, r.createdAt(), r.updatedAt());
		}
		for (SnapshotDoc s : list(pksb.snapshots())) {
			this.bounds.instants(here, s.takenAt());
			for (SnapshotEntryDoc e : list(s.entries())) {
				String area = (e.subArea() != null) ? e.area() + " " + e.subArea() : String.valueOf(e.area());
				length(e.comment(), PksbTransfer.MAX_COMMENT_LENGTH, "pksbComment", area);
				level(area, e.level());
				level(area, e.target());
			}
		}
		for (ReflectionDoc r : list(pksb.reflections())) {
			length(r.text(), PksbTransfer.MAX_REFLECTION_LENGTH, "pksbReflection", String.valueOf(r.area()));
			this.bounds.instants(here, r.updatedAt());
		}
	}

	private static void level(String area, Integer level) {
		if (level != null && (level < 0 || level > PksbTransfer.MAX_LEVEL)) {
			throw new Refusal("archive.rule.pksbLevel", area, level, PksbTransfer.MAX_LEVEL);
		}
	}

	void meeting(MeetingDoc m) {
		String held = String.valueOf(m.heldOn());
		DefaultMessageSourceResolvable here = where("meeting", held);
		this.bounds.day(here, m.heldOn());
		this.bounds.day(here, m.nextMeetingOn());
		length(m.notes(), MeetingTransfer.MAX_NOTES_LENGTH, "meetingNotes", held);
		length(m.recordedBy(), AccountService.MAX_NAME_LENGTH, "meetingName", held);
		this.bounds.instants(here, m.createdAt(), m.updatedAt(), m.deletedAt());
		List<ActionDoc> actions = list(m.actions());
		if (actions.size() > MeetingTransfer.MAX_ACTIONS) {
			throw new Refusal("archive.rule.meetingActions", held, actions.size(), MeetingTransfer.MAX_ACTIONS);
		}
		for (ActionDoc a : actions) {
			length(a.text(), MeetingTransfer.MAX_ACTION_LENGTH, "meetingAction", held);
			length(a.doneBy(), AccountService.MAX_NAME_LENGTH, "meetingName", held);
			range(where("actionPosition", held), a.position(), 1, MeetingTransfer.MAX_ACTIONS);
			this.bounds.instants(here, a.doneAt());
		}
	}

	void cpd(CpdDoc c) {
		String title = String.valueOf(c.title());
		DefaultMessageSourceResolvable here = where("cpd", title);
		length(c.title(), CpdTransfer.MAX_TITLE_LENGTH, "cpdTitle", String.valueOf(c.date()));
		length(c.reflection(), CpdTransfer.MAX_REFLECTION_LENGTH, "cpdReflection", title);
		BigDecimal hours = c.hours();
		if (hours != null && (hours.signum() <= 0 || hours.compareTo(CpdTransfer.MAX_HOURS) > 0
				|| hours.stripTrailingZeros().scale() > 1)) {
			throw new Refusal("archive.rule.cpdHours", title, hours.toPlainString(),
					CpdTransfer.MAX_HOURS.toPlainString());
		}
		if (c.date() != null && c.date().isAfter(this.bounds.today())) {
			throw new Refusal("archive.rule.date", here, c.date().toString(), EARLIEST_DAY.toString(),
					this.bounds.today().toString());
		}
		this.bounds.day(here, c.date());
		this.bounds.instants(here, c.createdAt(), c.updatedAt(), c.deletedAt());
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
