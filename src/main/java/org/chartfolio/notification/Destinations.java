package org.chartfolio.notification;

/**
 * Where a notification about a section leads: the page where its recipient acts, at the
 * thread. The mentor acts on the review page; the candidate revises in the editor while
 * the section is not approved and the thread is open, and otherwise reads the section
 * page, which shows every thread.
 */
final class Destinations {

	private Destinations() {
	}

	/**
	 * Where the section stands when the notification is opened; null fields when unknown.
	 */
	record SectionNow(boolean toCandidate, String sectionKind, String status, Boolean threadResolved) {

		boolean written() {
			return "STATEMENT".equals(this.sectionKind) || "CV".equals(this.sectionKind)
					|| "JOB_DESCRIPTION".equals(this.sectionKind) || "ORGANISATIONAL_CONTEXT".equals(this.sectionKind);
		}

		boolean editable() {
			return written() && this.status != null && !"APPROVED".equals(this.status);
		}

	}

	/**
	 * The link kept with the notification (and sent by email), before anything else has
	 * happened.
	 */
	static String first(boolean toCandidate, NotificationKind kind, long portfolioId, long sectionId, Long threadId) {
		return now(kind, portfolioId, sectionId, threadId, new SectionNow(toCandidate, null, null, null));
	}

	/** The link as the section stands now. */
	static String now(NotificationKind kind, long portfolioId, long sectionId, Long threadId, SectionNow state) {
		String section = "/portfolios/" + portfolioId + "/sections/" + sectionId;
		String review = section + "/review";
		if (!state.toCandidate()) {
			if (threadId != null) {
				return review + "#thread-" + threadId;
			}
			if (kind == NotificationKind.COMMENTED) {
				return review + "#comments";
			}
			return ("READY_FOR_REVIEW".equals(state.status())) ? review + "#decision" : review;
		}
		if (threadId != null) {
			boolean open = Boolean.FALSE.equals(state.threadResolved());
			return ((open && state.editable()) ? section + "/edit" : section) + "#thread-" + threadId;
		}
		if (kind == NotificationKind.CHANGES_REQUESTED && "CHANGES_REQUESTED".equals(state.status())) {
			return (state.editable() ? section + "/edit" : section) + "#sent-back";
		}
		if (kind == NotificationKind.COMMENTED) {
			return section + "#threads";
		}
		return section;
	}

}
