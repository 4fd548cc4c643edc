package org.chartfolio.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService.ExportedItem;
import org.chartfolio.evidence.EvidenceService.SharedDownload;
import org.chartfolio.evidence.EvidenceService.SharedFile;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.PksbView;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.readiness.GlossaryService;
import org.chartfolio.writing.WritingService;
import org.chartfolio.writing.WritingService.ExportedCitation;
import org.chartfolio.writing.WritingService.ExportedText;

import org.springframework.stereotype.Component;

/**
 * Reads the web edition of a submitted copy as its candidate would read it, through the
 * other modules' public reads: the statements and parts, each evidence item with its
 * files (a text file's words in the page, up to {@link #TEXT_SHOWN} characters), the PKSB
 * and the plan. {@link AssessorService} has resolved the link to the copy and its
 * candidate.
 */
@Component
@RequiredArgsConstructor
class WebEditions {

	/**
	 * The most characters of a text file the web edition shows in the page; the whole
	 * file is a click away.
	 */
	static final int TEXT_SHOWN = 50_000;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final AccountService accounts;

	private final WritingService writing;

	private final EvidenceSharing evidence;

	private final PksbService pksb;

	private final PlanService plan;

	private final GlossaryService glossary;

	WebEdition read(SignedInUser owner, long copyId) {
		PortfolioView view = this.portfolios.view(owner, copyId);
		Standing standing = this.access.standing(owner, copyId);
		String candidate = this.accounts.displayNameOf(owner.id()).orElse("");
		ExportedText text = this.writing.forExport(owner, copyId);
		List<WebEdition.Item> items = new ArrayList<>();
		for (ExportedItem exported : this.evidence.forExport(owner, copyId)) {
			items.add(item(owner, copyId, exported));
		}
		PksbView pksbView = this.pksb.assessment(owner, copyId);
		List<WebEdition.PksbReflection> pksbReflections = pksbView.reflections()
			.stream()
			.map((r) -> new WebEdition.PksbReflection(r.areaName(), r.text()))
			.toList();
		List<WebEdition.PksbRow> pksbRows = pksbView.rows()
			.stream()
			.map((row) -> new WebEdition.PksbRow(row.name(), row.start(), row.now(), row.target(), row.end(),
					row.comment()))
			.toList();
		List<WebEdition.Goal> goals = this.plan.goals(owner, copyId)
			.stream()
			.map((goal) -> new WebEdition.Goal(goal.title(), goal.status().messageKey(), goal.targetDate(),
					goal.reason(), goal.actions(), goal.outcome(), goal.completedOn(),
					goal.evidence().stream().map((e) -> e.number()).toList()))
			.toList();
		return new WebEdition(candidate, view.summary().title(), view.summary().routeName(),
				view.summary().postNominals(), standing.submittedOn(), this.glossary.abbreviations(owner, copyId),
				text.written(), text.statements(), items, pksbRows, pksbReflections, goals);
	}

	private WebEdition.Item item(SignedInUser owner, long copyId, ExportedItem exported) {
		long evidenceId = exported.summary().id();
		List<WebEdition.File> files = new ArrayList<>();
		for (SharedFile file : exported.files()) {
			WebEdition.Shown shown = WebEdition.Shown.of(file.contentType());
			String text = null;
			boolean cut = false;
			if (shown == WebEdition.Shown.TEXT) {
				Optional<SharedDownload> download = this.evidence.openFile(owner, copyId, evidenceId, file.id());
				if (download.isPresent()) {
					text = readText(download.get().content());
					cut = text.length() > TEXT_SHOWN;
					if (cut) {
						text = text.substring(0, TEXT_SHOWN);
					}
				}
			}
			files.add(new WebEdition.File(evidenceId, file.id(), file.name(), file.contentType(), file.readableSize(),
					shown, text, cut));
		}
		List<ExportedCitation> citations = exported.citations().stream().map(ExportedCitation::of).toList();
		var summary = exported.summary();
		return new WebEdition.Item(summary.number(), summary.title(), summary.kind().messageKey(),
				summary.activityDate(), exported.description(), exported.reflection(), exported.link(), exported.tags(),
				citations, files);
	}

	/**
	 * A text file as text: UTF-8, anything that is not replaced, and no more than is
	 * shown plus one character.
	 */
	private static String readText(InputStream content) {
		try (InputStream in = content) {
			byte[] bytes = in.readNBytes(TEXT_SHOWN * 4 + 4);
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
			return (text.length() > TEXT_SHOWN + 1) ? text.substring(0, TEXT_SHOWN + 1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
