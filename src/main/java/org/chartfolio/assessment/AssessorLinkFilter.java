package org.chartfolio.assessment;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every assessor link address: the headers such a page needs (no referrer, so the token
 * never leaves in a Referer header; not indexed; not cached) and a limit on requests per client
 * address, so that nobody can try tokens at speed. The limit is kept per instance, in memory: a
 * token has 256 random bits, so the limit is about load and manners, not about guessing.
 */
class AssessorLinkFilter extends OncePerRequestFilter {

	/** Requests per minute one client address may make to assessor links. */
	@ConfigurationProperties("chartfolio.assessors")
	record Limits(Integer requestsPerMinute) {

		Limits {
			requestsPerMinute = (requestsPerMinute != null) ? requestsPerMinute : 240;
		}

	}

	private record Window(long minute, int count) {
	}

	private static final int MAX_CLIENTS = 10_000;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Limits limits;

	private final Clock clock;

	private final MessageSource messages;

	AssessorLinkFilter(Limits limits, Clock clock, MessageSource messages) {
		this.limits = limits;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Cache-Control", "no-store");
		if (!allowed(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "60");
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(this.messages.getMessage("assessors.tooMany", null, Locale.UK));
			return;
		}
		chain.doFilter(request, response);
	}

	/** Counts the request in the client's current minute; false once the minute's allowance is spent. */
	boolean allowed(String client) {
		long minute = this.clock.millis() / 60_000;
		if (this.windows.size() > MAX_CLIENTS) {
			this.windows.values().removeIf((window) -> window.minute() < minute);
		}
		Window window = this.windows.compute(client, (key, old) -> (old == null || old.minute() != minute)
				? new Window(minute, 1) : new Window(minute, old.count() + 1));
		return window.count() <= this.limits.requestsPerMinute();
	}

}
