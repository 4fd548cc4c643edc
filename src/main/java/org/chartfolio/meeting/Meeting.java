package org.chartfolio.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.BinnableEntity;
import org.chartfolio.system.FieldProblem;

/**
 * One meeting of a candidate and their mentor, with the actions they agreed. It refuses a
 * date in the future, a next meeting that is not after it, and text beyond its limits; a
 * deleted meeting keeps everything and can be brought back, but cannot be changed until
 * it is.
 */
@Entity
@Table(name = "meeting")
@Getter(AccessLevel.PACKAGE)
class Meeting extends BinnableEntity {

	static final int MAX_NOTES_LENGTH = 20_000;

	static final int MAX_ACTION_LENGTH = 500;

	static final int MAX_ACTIONS = 30;

	/** What describes a meeting, as either party enters it. */
	record Details(LocalDate heldOn, MeetingMode mode, String notes, LocalDate nextMeetingOn) {
	}

	/**
	 * An action line of the meeting form: {@code id} is null for a new action; blank text
	 * removes one.
	 */
	record ActionLine(Long id, String text, boolean done) {
	}

	@Column(updatable = false)
	private long portfolioId;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private MeetingMode mode;

	private String notes = "";

	private LocalDate nextMeetingOn;

	@Column(updatable = false)
	private String recordedByName;

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<MeetingAction> actions = new ArrayList<>();

	protected Meeting() {
	}

	private Meeting(long portfolioId, String byName, Instant now) {
		super(now);
		this.portfolioId = portfolioId;
		this.recordedByName = byName;
	}

	static Meeting record(long portfolioId, MeetingService.Edit edit, String byName, LocalDate today, Instant now) {
		Meeting meeting = new Meeting(portfolioId, byName, now);
		meeting.describe(edit.details(), today, now);
		meeting.revise(edit.actions(), byName, now);
		return meeting;
	}

	/** Changes what describes the meeting and its actions, as one edit of the form. */
	void edit(MeetingService.Edit edit, String byName, LocalDate today, Instant now) {
		requireLive();
		describe(edit.details(), today, now);
		revise(edit.actions(), byName, now);
	}

	/** Ticks an action of this meeting off, or back on. */
	void mark(long actionId, boolean done, String byName, Instant now) {
		requireLive();
		MeetingAction action = this.actions.stream()
			.filter((candidate) -> Objects.equals(candidate.getId(), actionId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No action " + actionId + " in meeting " + getId()));
		action.mark(done, byName, now);
		changed(now);
	}

	void delete(Instant now) {
		requireLive();
		moveToBin(now);
	}

	private void requireLive() {
		if (isInBin()) {
			throw new IllegalStateException("Meeting " + getId() + " is deleted; restore it first");
		}
	}

	private void describe(Details details, LocalDate today, Instant now) {
		if (details.heldOn() == null) {
			throw new FieldProblem("heldOn", "meeting.heldOn.required");
		}
		if (details.heldOn().isAfter(today)) {
			throw new FieldProblem("heldOn", "meeting.heldOn.future");
		}
		if (details.mode() == null) {
			throw new FieldProblem("mode", "meeting.mode.required");
		}
		String cleanNotes = (details.notes() != null) ? details.notes().strip() : "";
		if (cleanNotes.length() > MAX_NOTES_LENGTH) {
			throw new FieldProblem("notes", "meeting.notes.tooLong");
		}
		if (details.nextMeetingOn() != null && !details.nextMeetingOn().isAfter(details.heldOn())) {
			throw new FieldProblem("nextMeetingOn", "meeting.nextMeetingOn.notAfter");
		}
		this.heldOn = details.heldOn();
		this.mode = details.mode();
		this.notes = cleanNotes;
		this.nextMeetingOn = details.nextMeetingOn();
		changed(now);
	}

	/**
	 * Applies the form's action lines: a line with an id rewrites that action (blank text
	 * removes it, which the person did on purpose); a line without an id and with text
	 * adds an action. An action the form does not mention is kept as it is.
	 */
	private void revise(List<ActionLine> lines, String byName, Instant now) {
		List<MeetingAction> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ActionLine line = lines.get(i);
			String text = (line.text() != null) ? line.text().strip() : "";
			if (text.length() > MAX_ACTION_LENGTH) {
				throw new FieldProblem("actions[" + i + "].text", "meeting.action.tooLong");
			}
			if (line.id() == null) {
				if (!text.isEmpty()) {
					added.add(text);
				}
				continue;
			}
			MeetingAction action = this.actions.stream()
				.filter((candidate) -> Objects.equals(candidate.getId(), line.id()))
				.findFirst()
				.orElse(null);
			if (action == null) {
				continue;
			}
			if (text.isEmpty()) {
				removed.add(action);
			}
			else {
				action.rewrite(text);
				action.mark(line.done(), byName, now);
			}
		}
		this.actions.removeAll(removed);
		if (this.actions.size() + added.size() > MAX_ACTIONS) {
			throw new FieldProblem("actions", "meeting.actions.tooMany");
		}
		int position = this.actions.stream().mapToInt(MeetingAction::getPosition).max().orElse(0);
		for (String text : added) {
			this.actions.add(new MeetingAction(this, ++position, text));
		}
	}

	List<MeetingAction> getActions() {
		return Collections.unmodifiableList(this.actions);
	}

}
