package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdProgress;
import org.chartfolio.cpd.CpdService;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.SnapshotKind;
import org.chartfolio.plan.GoalView;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.signoff.SignOffService;
import org.chartfolio.writing.WritingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence map and the readiness checks, for the candidate and their mentor. Both read the other
 * modules through their public services in a fixed number of queries, however much the portfolio
 * holds. A mentor sees the same results as the candidate, without the links to pages that change
 * things.
 */
@Service
public class ReadinessService {

	private final PortfolioAccess access;

	private final PortfolioWriting writing;

	private final WritingService texts;

	private final EvidenceService evidence;

	private final PlanService plan;

	private final PksbService pksb;

	private final CpdService cpd;

	private final PortfolioMemberships memberships;

	private final GlossaryService glossary;

	private final SignOffService signOffs;

	ReadinessService(PortfolioAccess access, PortfolioWriting writing, WritingService texts, EvidenceService evidence,
			PlanService plan, PksbService pksb, CpdService cpd, PortfolioMemberships memberships,
			GlossaryService glossary, SignOffService signOffs) {
		this.signOffs = signOffs;
		this.access = access;
		this.writing = writing;
		this.texts = texts;
		this.evidence = evidence;
		this.plan = plan;
		this.pksb = pksb;
		this.cpd = cpd;
		this.memberships = memberships;
		this.glossary = glossary;
	}

	// The evidence map

	/** A criterion's statement as a column of the map, with how many citations it holds. */
	public record Column(long sectionId, String name, int total) {

		public boolean unsupported() {
			return this.total == 0;
		}

	}

	/** An evidence item as a row of the map: its citations in each column's statement, in column order. */
	public record Row(EvidenceSummary item, List<Integer> counts, int total) {

		public boolean uncited() {
			return this.total == 0;
		}

	}

	public record EvidenceMap(PortfolioSummary portfolio, List<Column> columns, List<Row> rows, int total) {
	}

	@Transactional(readOnly = true)
	public EvidenceMap evidenceMap(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		PortfolioWriting.Read read = this.writing.read(user, portfolio.id());
		List<EvidenceSummary> items = this.evidence.list(user, portfolio.id());
		Map<Long, Map<Long, Integer>> counts = this.texts.citationCounts(user, portfolio.id());
		// A column per criterion's statement, then the CV and the job description when they cite an item.
		List<SectionView> statements = read.citing()
			.stream()
			.filter((section) -> section.isStatement() || !counts.getOrDefault(section.id(), Map.of()).isEmpty())
			.toList();
		List<Row> rows = new ArrayList<>();
		int[] columnTotals = new int[statements.size()];
		for (EvidenceSummary item : items) {
			List<Integer> cells = new ArrayList<>();
			int total = 0;
			for (int c = 0; c < statements.size(); c++) {
				int times = counts.getOrDefault(statements.get(c).id(), Map.of()).getOrDefault(item.id(), 0);
				cells.add(times);
				columnTotals[c] += times;
				total += times;
			}
			rows.add(new Row(item, List.copyOf(cells), total));
		}
		List<Column> columns = new ArrayList<>();
		int total = 0;
		for (int c = 0; c < statements.size(); c++) {
			columns.add(new Column(statements.get(c).id(), this.writing.name(statements.get(c)), columnTotals[c]));
			total += columnTotals[c];
		}
		return new EvidenceMap(read.portfolio().summary(), columns, rows, total);
	}

	// The readiness checks

	public enum Level {

		PASS, WARNING, FAIL

	}

	/** A page to go to, with the words of the link. */
	public record Link(String href, String label) {
	}

	/**
	 * One thing a check found. {@code href} is a page that shows it, for anybody who reads the
	 * portfolio; {@code fix} a page where the candidate puts it right, null for anybody else.
	 */
	public record Finding(String text, String href, Link fix) {
	}

	/**
	 * One check: its level, why, what it found, a page to see more ({@code see}, for every reader)
	 * and the page that fixes it ({@code fix}, for the candidate alone).
	 */
	public record Check(String id, Level level, String title, String why, List<Finding> findings, Link see, Link fix) {
	}

	public record Readiness(PortfolioSummary portfolio, List<Check> checks) {

		public long fails() {
			return this.checks.stream().filter((check) -> check.level() == Level.FAIL).count();
		}

		public long warnings() {
			return this.checks.stream().filter((check) -> check.level() == Level.WARNING).count();
		}

		public boolean allPass() {
			return this.checks.stream().allMatch((check) -> check.level() == Level.PASS);
		}

	}

	@Transactional(readOnly = true)
	public Readiness readiness(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		long id = portfolio.id();
		// Fix links lead to pages that change the portfolio: the candidate's own, and never on a submitted copy.
		boolean owner = this.access.standing(user, id).writable();
		PortfolioWriting.Read read = this.writing.read(user, id);
		List<EvidenceService.DescribedItem> described = this.evidence.listDescribed(user, id);
		List<EvidenceSummary> items = described.stream().map(EvidenceService.DescribedItem::item).toList();
		Map<Long, Map<Long, Integer>> counts = this.texts.citationCounts(user, id);
		Scope scope = new Scope(id, owner, read, items, counts);

		List<Check> checks = new ArrayList<>();
		checks.add(statements(scope));
		if (read.portfolio().sections().stream().anyMatch((section) -> section.kind().isWritten() && !section.isStatement())) {
			checks.add(requiredParts(scope));
		}
		checks.add(criteriaBacked(scope));
		checks.add(itemsCited(scope));
		checks.add(itemsDescribed(scope, described));
		checks.add(citationsResolve(scope));
		checks.add(oneClick(scope, this.evidence.filesOfLiveItems(user, id)));
		organisationalContext(read).ifPresent((context) -> checks.add(objectives(scope, context)));
		checks.add(acronyms(scope, this.glossary.analyse(read, id)));
		checks.add(approvals(scope));
		checks.add(goals(scope, this.plan.goals(user, id)));
		if (read.portfolio().sections().stream().anyMatch((section) -> section.kind() == SectionKind.PKSB)) {
			checks.add(snapshots(scope, this.pksb.ending(user, id)));
		}
		this.cpd.progress(user, id).ifPresent((progress) -> checks.add(cpdHours(scope, progress)));
		this.signOffs.status(user, id, read.portfolio().sections().stream().map(SectionView::kind).toList())
			.ifPresent((status) -> checks.add(signOffs(scope, status)));
		return new Readiness(read.portfolio().summary(), List.copyOf(checks));
	}

	/** What every check reads, read once. */
	private record Scope(long id, boolean owner, PortfolioWriting.Read read, List<EvidenceSummary> items,
			Map<Long, Map<Long, Integer>> counts) {

		String base() {
			return "/portfolios/" + this.id;
		}

		String sectionPage(long sectionId) {
			return base() + "/sections/" + sectionId;
		}

		Set<Long> liveIds() {
			return this.items.stream().map(EvidenceSummary::id).collect(Collectors.toSet());
		}

		/** Live items cited by the statement, with how often. */
		Map<Long, Integer> liveCitations(long sectionId) {
			Set<Long> live = liveIds();
			return this.counts.getOrDefault(sectionId, Map.of())
				.entrySet()
				.stream()
				.filter((entry) -> live.contains(entry.getKey()))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}

	}

	private Link fix(Scope scope, String href, String labelKey, Object... args) {
		return scope.owner() ? new Link(href, this.writing.message(labelKey, args)) : null;
	}

	private Check check(String id, List<Finding> findings, Level whenFound, String titleKey, String why, Link see,
			Link fix) {
		Level level = findings.isEmpty() ? Level.PASS : whenFound;
		return new Check(id, level, this.writing.message(titleKey), why, List.copyOf(findings), see,
				(level == Level.PASS) ? null : fix);
	}

	Check statements(Scope scope) {
		List<SectionView> statements = scope.read().statements();
		List<Finding> findings = new ArrayList<>();
		int words = 0;
		for (SectionView statement : statements) {
			WritingService.WrittenText text = scope.read().textOf(statement.id());
			int these = (text != null) ? text.words() : 0;
			words += these;
			if (these == 0) {
				findings.add(new Finding(this.writing.message("readiness.statements.empty", this.writing.name(statement)),
						scope.sectionPage(statement.id()),
						fix(scope, scope.sectionPage(statement.id()) + "/edit", "readiness.fix.write")));
			}
		}
		int limit = scope.read().portfolio().summary().statementWordLimit();
		if (words > limit) {
			findings.add(new Finding(this.writing.message("readiness.statements.over", words, limit, words - limit),
					scope.base(), null));
		}
		String why = findings.isEmpty() ? this.writing.message("readiness.statements.pass", statements.size(), words, limit)
				: this.writing.message("readiness.statements.fail", limit);
		return check("statements", findings, Level.FAIL, "readiness.statements.title", why,
				new Link(scope.base(), this.writing.message("readiness.see.overview")), null);
	}

	/**
	 * The CV, the job description and the organisational context are required parts of the submission:
	 * an empty one fails here, by name, rather than only as "not approved".
	 */
	Check requiredParts(Scope scope) {
		List<Finding> findings = new ArrayList<>();
		for (SectionView section : scope.read().portfolio().sections()) {
			if (!section.kind().isWritten() || section.isStatement()) {
				continue;
			}
			WritingService.WrittenText text = scope.read().textOf(section.id());
			if (text == null || (text.words() == 0 && text.citedNumbers().isEmpty())) {
				findings.add(new Finding(this.writing.message("readiness.parts.empty", this.writing.name(section)),
						scope.sectionPage(section.id()),
						fix(scope, scope.sectionPage(section.id()) + "/edit", "readiness.fix.write")));
			}
		}
		String why = this.writing.message(findings.isEmpty() ? "readiness.parts.pass" : "readiness.parts.fail");
		return check("parts", findings, Level.FAIL, "readiness.parts.title", why,
				new Link(scope.base(), this.writing.message("readiness.see.overview")), null);
	}

	/** Items an assessor would find bare in the PDF: no description, no "what this shows" or no date. */
	Check itemsDescribed(Scope scope, List<EvidenceService.DescribedItem> items) {
		List<Finding> findings = new ArrayList<>();
		for (EvidenceService.DescribedItem described : items) {
			if (!described.bare()) {
				continue;
			}
			EvidenceSummary item = described.item();
			List<String> missing = new ArrayList<>();
			if (!described.described()) {
				missing.add(this.writing.message("readiness.described.description"));
			}
			if (!described.explained()) {
				missing.add(this.writing.message("readiness.described.reflection"));
			}
			if (item.activityDate() == null) {
				missing.add(this.writing.message("readiness.described.date"));
			}
			String page = scope.base() + "/evidence/" + item.number();
			findings.add(new Finding(
					this.writing.message("readiness.described.missing", item.label(), item.title(), String.join(", ", missing)),
					page, fix(scope, page + "/edit", "readiness.fix.describe")));
		}
		String why = findings.isEmpty() ? this.writing.message("readiness.described.pass", items.size())
				: this.writing.message("readiness.described.warning", findings.size());
		return check("described", findings, Level.WARNING, "readiness.described.title", why, null, null);
	}

	Check criteriaBacked(Scope scope) {
		List<Finding> findings = new ArrayList<>();
		for (SectionView statement : scope.read().statements()) {
			if (scope.liveCitations(statement.id()).isEmpty()) {
				findings.add(new Finding(this.writing.message("readiness.backed.missing", this.writing.name(statement)),
						scope.sectionPage(statement.id()),
						fix(scope, scope.sectionPage(statement.id()) + "/edit", "readiness.fix.cite")));
			}
		}
		String why = this.writing.message(findings.isEmpty() ? "readiness.backed.pass" : "readiness.backed.fail");
		return check("backed", findings, Level.FAIL, "readiness.backed.title", why, mapLink(scope), null);
	}

	Check itemsCited(Scope scope) {
		Set<Long> cited = new LinkedHashSet<>();
		for (SectionView statement : scope.read().citing()) {
			cited.addAll(scope.liveCitations(statement.id()).keySet());
		}
		List<Finding> findings = scope.items()
			.stream()
			.filter((item) -> !cited.contains(item.id()))
			.map((item) -> new Finding(this.writing.message("readiness.cited.uncited", item.label(), item.title()),
					scope.base() + "/evidence/" + item.number(), null))
			.toList();
		String why = findings.isEmpty() ? this.writing.message("readiness.cited.pass", scope.items().size())
				: this.writing.message("readiness.cited.warning", findings.size());
		Link fix = scope.read().statements().isEmpty() ? null
				: fix(scope, scope.sectionPage(scope.read().statements().get(0).id()) + "/edit", "readiness.fix.cite");
		return check("cited", findings, Level.WARNING, "readiness.cited.title", why, mapLink(scope), fix);
	}

	/**
	 * How far each cited item's files are from its citation in the assessors' web edition of a
	 * submitted copy: a citation leads straight to its item (one click), which shows photos and text
	 * files in place; a PDF opens from the item in the browser's viewer and anything else is
	 * downloaded from it, a second click.
	 */
	Check oneClick(Scope scope, Map<Long, List<EvidenceService.SharedFile>> files) {
		Set<Long> cited = new LinkedHashSet<>();
		for (SectionView statement : scope.read().statements()) {
			cited.addAll(scope.liveCitations(statement.id()).keySet());
		}
		List<Finding> findings = new ArrayList<>();
		for (EvidenceSummary item : scope.items()) {
			if (!cited.contains(item.id())) {
				continue;
			}
			for (EvidenceService.SharedFile file : files.getOrDefault(item.id(), List.of())) {
				if (!file.showsInAPage()) {
					findings.add(new Finding(this.writing.message(
							"application/pdf".equals(file.contentType()) ? "readiness.clicks.pdf" : "readiness.clicks.download",
							item.label(), item.title(), file.name()),
							scope.base() + "/evidence/" + item.number(),
							fix(scope, scope.base() + "/evidence/" + item.number() + "/edit", "readiness.fix.edit")));
				}
			}
		}
		String why = this.writing.message(findings.isEmpty() ? "readiness.clicks.pass" : "readiness.clicks.warning");
		return check("clicks", findings, Level.WARNING, "readiness.clicks.title", why, mapLink(scope), null);
	}

	Check citationsResolve(Scope scope) {
		Set<Integer> live = scope.items().stream().map(EvidenceSummary::number).collect(Collectors.toSet());
		List<Finding> findings = new ArrayList<>();
		for (SectionView section : scope.read().portfolio().sections()) {
			WritingService.WrittenText text = scope.read().textOf(section.id());
			if (text == null) {
				continue;
			}
			for (int number : new LinkedHashSet<>(text.citedNumbers())) {
				if (!live.contains(number)) {
					findings.add(new Finding(
							this.writing.message("readiness.citations.broken", this.writing.name(section), "[E" + number + "]"),
							scope.sectionPage(section.id()),
							fix(scope, scope.sectionPage(section.id()) + "/edit", "readiness.fix.edit")));
				}
			}
		}
		String why = this.writing.message(findings.isEmpty() ? "readiness.citations.pass" : "readiness.citations.fail");
		return check("citations", findings, Level.FAIL, "readiness.citations.title", why, null, null);
	}

	private static java.util.Optional<SectionView> organisationalContext(PortfolioWriting.Read read) {
		return read.portfolio().sections().stream().filter((s) -> s.kind() == SectionKind.ORGANISATIONAL_CONTEXT).findFirst();
	}

	/**
	 * CILIP's assessors want the organisational objectives "added in full and linked to" criterion 2:
	 * the organisational context sets them out as a block, and criterion 2's statement cites them as [O1].
	 */
	Check objectives(Scope scope, SectionView context) {
		WritingService.WrittenText contextText = scope.read().textOf(context.id());
		int count = (contextText != null) ? contextText.objectives().size() : 0;
		List<Finding> findings = new ArrayList<>();
		String contextEdit = scope.sectionPage(context.id()) + "/edit";
		if (count == 0) {
			findings.add(new Finding(this.writing.message("readiness.objectives.none"), scope.sectionPage(context.id()),
					fix(scope, contextEdit, "readiness.fix.objectives")));
		}
		Set<Integer> citedByCriterion2 = new java.util.TreeSet<>();
		for (SectionView section : scope.read().portfolio().sections()) {
			WritingService.WrittenText text = scope.read().textOf(section.id());
			if (text == null) {
				continue;
			}
			for (int number : new LinkedHashSet<>(text.citedObjectives())) {
				if (number < 1 || number > count) {
					findings.add(new Finding(
							this.writing.message("readiness.objectives.broken", this.writing.name(section), "[O" + number + "]"),
							scope.sectionPage(section.id()),
							fix(scope, scope.sectionPage(section.id()) + "/edit", "readiness.fix.edit")));
				}
				else if (Integer.valueOf(2).equals(section.criterionNumber())) {
					citedByCriterion2.add(number);
				}
			}
		}
		scope.read()
			.statements()
			.stream()
			.filter((statement) -> Integer.valueOf(2).equals(statement.criterionNumber()))
			.findFirst()
			.filter((statement) -> count > 0 && citedByCriterion2.isEmpty())
			.ifPresent((statement) -> findings.add(new Finding(
					this.writing.message("readiness.objectives.uncited", this.writing.name(statement)),
					scope.sectionPage(statement.id()),
					fix(scope, scope.sectionPage(statement.id()) + "/edit", "readiness.fix.citeObjective"))));
		String why = findings.isEmpty() ? this.writing.message("readiness.objectives.pass", count, citedByCriterion2.size())
				: this.writing.message("readiness.objectives.fail");
		return check("objectives", findings, Level.FAIL, "readiness.objectives.title", why,
				new Link(scope.sectionPage(context.id()), this.writing.message("readiness.see.objectives")), null);
	}

	Check acronyms(Scope scope, GlossaryService.Analysis analysis) {
		String glossaryPage = scope.base() + "/glossary";
		List<Finding> findings = analysis.flagged()
			.stream()
			.map((flagged) -> new Finding(
					this.writing.message("readiness.acronyms.flagged", flagged.acronym(), flagged.sectionName(),
							flagged.excerpt()),
					scope.sectionPage(flagged.sectionId()),
					fix(scope, glossaryPage + "/edit?acronym=" + flagged.acronym(), "readiness.fix.define",
							flagged.acronym())))
			.toList();
		String why = this.writing.message(findings.isEmpty() ? "readiness.acronyms.pass" : "readiness.acronyms.warning");
		return check("acronyms", findings, Level.WARNING, "readiness.acronyms.title", why,
				new Link(glossaryPage, this.writing.message("readiness.see.glossary")), null);
	}

	Check approvals(Scope scope) {
		boolean mentored = this.memberships.withActiveMentor(Set.of(scope.id())).contains(scope.id());
		if (!mentored) {
			return check("approvals", List.of(), Level.FAIL, "readiness.approvals.title",
					this.writing.message("readiness.approvals.noMentor"), null, null);
		}
		List<Finding> findings = scope.read()
			.portfolio()
			.sections()
			.stream()
			// Sign-off documents are the mentor's and a supporter's own writing: signed, never approved.
			.filter((section) -> !section.kind().isSignOff())
			.filter((section) -> section.status() != SectionStatus.APPROVED)
			.map((section) -> new Finding(
					this.writing.message("readiness.approvals.pending", this.writing.name(section),
							this.writing.message(section.status().messageKey())),
					scope.sectionPage(section.id()) + "/review",
					fix(scope, scope.sectionPage(section.id()) + "/review", "readiness.fix.review")))
			.toList();
		String why = this.writing.message(findings.isEmpty() ? "readiness.approvals.pass" : "readiness.approvals.fail");
		return check("approvals", findings, Level.FAIL, "readiness.approvals.title", why, null, null);
	}

	Check goals(Scope scope, List<GoalView> goals) {
		List<Finding> findings = goals.stream()
			.filter(GoalView::doneWithoutEvidence)
			.map((goal) -> new Finding(this.writing.message("readiness.goals.unevidenced", goal.title()),
					scope.base() + "/plan#goal-" + goal.id(),
					fix(scope, scope.base() + "/plan/" + goal.id() + "/edit", "readiness.fix.goal")))
			.toList();
		String why = this.writing.message(findings.isEmpty() ? "readiness.goals.pass" : "readiness.goals.fail");
		return check("goals", findings, Level.FAIL, "readiness.goals.title", why,
				new Link(scope.base() + "/plan", this.writing.message("readiness.see.plan")), null);
	}

	Check snapshots(Scope scope, PksbService.Ending ending) {
		Set<SnapshotKind> taken = ending.snapshotsTaken();
		List<Finding> findings = new ArrayList<>();
		if (!taken.contains(SnapshotKind.INITIAL)) {
			findings.add(new Finding(this.writing.message("readiness.pksb.missing.INITIAL"), null,
					fix(scope, scope.base() + "/pksb#snapshots", "readiness.fix.snapshot")));
		}
		for (String area : ending.areasWithoutReflection()) {
			findings.add(new Finding(this.writing.message("readiness.pksb.missing.reflection", area), null,
					fix(scope, scope.base() + "/pksb#reflections", "readiness.fix.reflection")));
		}
		if (!taken.contains(SnapshotKind.FINAL)) {
			findings.add(new Finding(this.writing.message("readiness.pksb.missing.FINAL"), null,
					fix(scope, scope.base() + "/pksb#snapshots", "readiness.fix.snapshot")));
		}
		String why = this.writing.message(findings.isEmpty() ? "readiness.pksb.pass" : "readiness.pksb.fail");
		return check("pksb", findings, Level.FAIL, "readiness.pksb.title", why,
				new Link(scope.base() + "/pksb", this.writing.message("readiness.see.pksb")), null);
	}

	Check cpdHours(Scope scope, CpdProgress progress) {
		String why = this.writing.message("readiness.cpd.hours", progress.hoursInPeriod(), progress.requiredHours(),
				progress.periodMonths());
		List<Finding> findings = progress.requirementMet() ? List.of()
				: List.of(new Finding(this.writing.message("readiness.cpd.short",
						progress.hoursInPeriod().subtract(java.math.BigDecimal.valueOf(progress.requiredHours())).negate()),
						null, null));
		return check("cpd", findings, Level.FAIL, "readiness.cpd.title", why,
				new Link(scope.base() + "/cpd", this.writing.message("readiness.see.cpd")),
				fix(scope, scope.base() + "/cpd", "readiness.fix.cpd"));
	}

	/**
	 * The route's sign-off documents: the mentor's statement or letter, signed (needed only when the
	 * portfolio has a mentor), and for Fellowship the supporter's letter, submitted.
	 */
	Check signOffs(Scope scope, SignOffService.SignOffStatus status) {
		String page = scope.base() + "/signoffs";
		String kind = status.kind().name();
		List<Finding> findings = new ArrayList<>();
		if (status.mentored() && !status.mentorSigned()) {
			findings.add(new Finding(this.writing.message("readiness.signoff.mentorUnsigned." + kind), page, null));
		}
		if (status.kind() == SectionKind.LETTERS_OF_SUPPORT && !status.supporterSubmitted()) {
			findings.add(new Finding(this.writing.message("readiness.signoff.noSupporter"), page,
					fix(scope, page, "readiness.fix.supporter")));
		}
		String why;
		if (!findings.isEmpty()) {
			why = this.writing.message("readiness.signoff.fail." + kind);
		}
		else {
			why = this.writing.message(status.mentored() ? "readiness.signoff.pass." + kind
					: "readiness.signoff.noMentor." + kind);
		}
		return check("signoffs", findings, Level.FAIL, "readiness.signoff.title." + kind, why,
				new Link(page, this.writing.message("readiness.see.signoffs")), null);
	}

	private Link mapLink(Scope scope) {
		return new Link(scope.base() + "/evidence-map", this.writing.message("readiness.see.map"));
	}

}
