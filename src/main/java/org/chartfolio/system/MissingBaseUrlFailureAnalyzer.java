package org.chartfolio.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in one line why the app will not start without its public address, and what to
 * set.
 */
class MissingBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<MissingBaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingBaseUrlException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set CHARTFOLIO_BASE_URL to the address people reach Chartfolio at, like "
						+ "https://chartfolio.example.org:"
						+ " every link in an email is made from it, never from the request.",
				cause);
	}

}
