package org.chartfolio.directory;

import org.chartfolio.account.PageFigure;

import org.springframework.stereotype.Component;

/** How many mentor requests wait for the person's answer, for the header. */
@Component
class WaitingRequestsFigure implements PageFigure {

	@Override
	public String name() {
		return "mentorRequestsWaiting";
	}

	@Override
	public String sql() {
		return "(select count(*) from mentor_request r where r.mentor_id = :person and r.status = '"
				+ MentorRequest.Status.OPEN.name() + "')";
	}

}
