package org.chartfolio.directory;

import org.chartfolio.account.PageFigure;
import org.chartfolio.account.SignedInUser;

import org.springframework.stereotype.Component;

/** How many mentor requests wait for the person's answer, for the header and the home page. */
@Component
class WaitingRequestsFigure implements PageFigure {

	private final DirectoryService directory;

	WaitingRequestsFigure(DirectoryService directory) {
		this.directory = directory;
	}

	@Override
	public String name() {
		return "mentorRequestsWaiting";
	}

	@Override
	public Object of(SignedInUser person) {
		return this.directory.requestsWaiting(person);
	}

}
