package org.chartfolio.portfolio;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one web request has learned of how people stand to portfolios, so that the request
 * asks each question once. {@link PortfolioRequests} opens one for every request it sees;
 * a service called with no request open (a background job, a test calling a service)
 * reads afresh every time.
 */
final class StandingMemo {

	private static final String ATTRIBUTE = StandingMemo.class.getName();

	private record Key(long personId, long portfolioId) {
	}

	private final Map<Key, Optional<Standing>> standings = new HashMap<>();

	private StandingMemo() {
	}

	static void open(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) == null) {
			request.setAttribute(ATTRIBUTE, new StandingMemo());
		}
	}

	static StandingMemo current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes != null) ? (StandingMemo) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
				: null;
	}

	Optional<Standing> standing(long personId, long portfolioId, Supplier<Optional<Standing>> read) {
		return this.standings.computeIfAbsent(new Key(personId, portfolioId), (key) -> read.get());
	}

	boolean knows(long personId, long portfolioId) {
		return this.standings.containsKey(new Key(personId, portfolioId));
	}

	void forget(long portfolioId) {
		this.standings.keySet().removeIf((key) -> key.portfolioId() == portfolioId);
	}

}
