package org.chartfolio.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form, for a new meeting and an existing one. */
@Getter
@Setter
class MeetingForm {

	/** Empty lines the form offers for new actions. */
	static final int BLANK_ACTIONS = 3;

	@NotNull(message = "{meeting.heldOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull(message = "{meeting.mode.required}")
	private MeetingMode mode;

	@Size(max = Meeting.MAX_NOTES_LENGTH, message = "{meeting.notes.tooLong}")
	private String notes;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextMeetingOn;

	@Valid
	private List<ActionRow> actions = new ArrayList<>();

	private Set<Long> carriedDone = new LinkedHashSet<>();

	private Long version;

	static MeetingForm blank(LocalDate today) {
		MeetingForm form = new MeetingForm();
		form.heldOn = today;
		form.addBlankActions();
		return form;
	}

	static MeetingForm of(MeetingService.MeetingView meeting) {
		MeetingForm form = new MeetingForm();
		form.heldOn = meeting.heldOn();
		form.mode = meeting.mode();
		form.notes = meeting.notes();
		form.nextMeetingOn = meeting.nextMeetingOn();
		for (MeetingService.ActionView action : meeting.actions()) {
			form.actions.add(new ActionRow(action.id(), action.text(), action.done()));
		}
		form.version = meeting.version();
		form.addBlankActions();
		return form;
	}

	/**
	 * Tops the action lines up so that there is always room for new ones, also after an
	 * error.
	 */
	void addBlankActions() {
		long blank = this.actions.stream().filter((row) -> row.getId() == null && row.isBlank()).count();
		for (long i = blank; i < BLANK_ACTIONS; i++) {
			this.actions.add(new ActionRow(null, "", false));
		}
	}

	MeetingService.Edit toEdit() {
		List<Meeting.ActionLine> lines = this.actions.stream()
			.map((row) -> new Meeting.ActionLine(row.getId(), row.getText(), row.isDone()))
			.toList();
		return new MeetingService.Edit(new Meeting.Details(this.heldOn, this.mode, this.notes, this.nextMeetingOn),
				lines, this.carriedDone, this.version);
	}

	/** One action line of the form. */
	@Getter
	@Setter
	public static class ActionRow {

		private Long id;

		@Size(max = Meeting.MAX_ACTION_LENGTH, message = "{meeting.action.tooLong}")
		@PlainText
		private String text;

		private boolean done;

		public ActionRow() {
		}

		ActionRow(Long id, String text, boolean done) {
			this.id = id;
			this.text = text;
			this.done = done;
		}

		boolean isBlank() {
			return this.text == null || this.text.isBlank();
		}

	}

}
