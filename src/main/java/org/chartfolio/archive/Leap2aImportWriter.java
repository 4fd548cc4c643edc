package org.chartfolio.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.archive.Leap2aImport.Candidate;
import org.chartfolio.archive.Leap2aImport.Source;
import org.chartfolio.archive.Leap2aImport.Task;
import org.chartfolio.archive.Leap2aPackage.FileRef;
import org.chartfolio.archive.Leap2aPackage.Opened;
import org.chartfolio.archive.Leap2aService.Choice;
import org.chartfolio.archive.Leap2aService.Imported;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceService.EvidenceDetails;
import org.chartfolio.evidence.EvidenceService.IncomingFile;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.plan.PlanService.GoalEdit;
import org.chartfolio.plan.PlanTransfer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the candidates a person chose from a Leap2A upload through the evidence and plan
 * modules' own services, with every check their forms make: an evidence item each, or a
 * plan's tasks as goals.
 */
@Component
@RequiredArgsConstructor
class Leap2aImportWriter {

	private final EvidenceService evidence;

	private final PlanService plan;

	private final MessageSource messages;

	/**
	 * Writes the chosen candidates in the caller's transaction; says how many items and
	 * goals came in.
	 */
	Imported write(SignedInUser user, long portfolioId, Opened opened, List<Candidate> chosen, Choice choice) {
		int items = 0;
		int goals = 0;
		for (Candidate candidate : chosen) {
			if (candidate.source() == Source.PLAN && choice.tasksAsGoals()) {
				goals += goals(user, portfolioId, candidate);
			}
			else {
				item(user, portfolioId, opened, candidate, choice);
				items++;
			}
		}
		return new Imported(items, goals);
	}

	private void item(SignedInUser user, long portfolioId, Opened opened, Candidate candidate, Choice choice) {
		StringBuilder text = new StringBuilder(candidate.text());
		if (candidate.source() == Source.PAGE) {
			text.append(text.isEmpty() ? "" : "\n\n").append(say("leap2a.page.parts", new Object[0]));
			candidate.partTitles().forEach((title) -> text.append("\n- ").append(title));
		}
		if (candidate.source() == Source.PLAN && !candidate.tasks().isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n\n").append(say("leap2a.plan.tasks", new Object[0]));
			for (Task task : candidate.tasks()) {
				text.append("\n- ").append(task.title());
				if (task.target() != null) {
					text.append(' ').append(say("leap2a.plan.target", new Object[] { task.target().toString() }));
				}
			}
		}
		String description = text.toString();
		if (description.length() > EvidenceTransfer.MAX_TEXT_LENGTH) {
			description = description.substring(0, EvidenceTransfer.MAX_TEXT_LENGTH);
		}
		List<IncomingFile> files = new ArrayList<>();
		for (FileRef file : candidate.files()) {
			files.add(new IncomingFile(file.name(), file.size(), opened.content(file)));
		}
		this.evidence.add(
				user, portfolioId, new EvidenceDetails(candidate.title(), candidate.kind(), candidate.date(),
						description, candidate.reflection(), candidate.link(), new LinkedHashSet<>(candidate.tags())),
				files);
	}

	/** A plan's tasks as goals; a plan without tasks is one goal itself. */
	private int goals(SignedInUser user, long portfolioId, Candidate plan) {
		String reason = limit(say("leap2a.goal.reason", new Object[] { plan.title(), plan.from() }),
				PlanTransfer.MAX_TEXT_LENGTH);
		if (plan.tasks().isEmpty()) {
			this.plan.add(user, portfolioId, new GoalEdit(limit(plan.title(), PlanTransfer.MAX_TITLE_LENGTH), reason,
					limit(plan.text(), PlanTransfer.MAX_TEXT_LENGTH), null, GoalStatus.PLANNED, "", Set.of(), null));
			return 1;
		}
		for (Task task : plan.tasks()) {
			this.plan.add(user, portfolioId, new GoalEdit(task.title(), reason, task.text(), task.target(),
					task.done() ? GoalStatus.DONE : GoalStatus.PLANNED, "", Set.of(), null));
		}
		return plan.tasks().size();
	}

	private String say(String key, Object[] args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

	private static String limit(String text, int max) {
		String t = (text != null) ? text.strip() : "";
		return (t.length() > max) ? t.substring(0, max).strip() : t;
	}

}
