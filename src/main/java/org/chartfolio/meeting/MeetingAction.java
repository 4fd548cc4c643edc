package org.chartfolio.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;

/**
 * An action agreed at a meeting. Its meeting guards every change to it, so that ticking
 * it off counts as a change to the meeting and a stale edit of the meeting cannot undo
 * it.
 */
@Entity
@Table(name = "meeting_action")
@Getter(AccessLevel.PACKAGE)
class MeetingAction extends IdentifiedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id", updatable = false)
	private Meeting meeting;

	private int position;

	private String text;

	private boolean done;

	private Instant doneAt;

	private String doneByName;

	protected MeetingAction() {
	}

	MeetingAction(Meeting meeting, int position, String text) {
		this.meeting = meeting;
		this.position = position;
		this.text = text;
	}

	void rewrite(String newText) {
		this.text = newText;
	}

	void mark(boolean nowDone, String byName, Instant now) {
		if (nowDone == this.done) {
			return;
		}
		this.done = nowDone;
		this.doneAt = nowDone ? now : null;
		this.doneByName = nowDone ? byName : null;
	}

}
