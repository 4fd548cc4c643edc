package org.chartfolio.meeting;

/** How a meeting took place. */
public enum MeetingMode {

	IN_PERSON, VIDEO, PHONE, EMAIL;

	public String messageKey() {
		return "meeting.mode." + name();
	}

}
