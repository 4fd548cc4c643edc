package org.chartfolio.assessment;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chartfolio.system.AttemptCounter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every assessor link address: the headers such a page needs (no referrer, so
 * the token never leaves in a Referer header; not indexed; not cached) and a limit on
 * requests per client address, so that nobody can try tokens at speed. The limit is kept
 * per instance, in memory: a token has 256 random bits, so the limit is about load and
 * manners, not about guessing.
 */
class AssessorLinkFilter extends OncePerRequestFilter {

	/** Requests per minute one client address may make to assessor links. */
	@ConfigurationProperties("chartfolio.assessors")
	record Limits(Integer requestsPerMinute) {

		Limits {
			requestsPerMinute = (requestsPerMinute != null) ? requestsPerMinute : 240;
		}

	}

	private final AttemptCounter requests;

	private final Limits limits;

	private final MessageSource messages;

	AssessorLinkFilter(Limits limits, Clock clock, MessageSource messages) {
		this.limits = limits;
		this.requests = new AttemptCounter(Duration.ofMinutes(1), clock);
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

	/**
	 * Counts the request in the client's last minute; false once the minute's allowance
	 * is spent.
	 */
	boolean allowed(String client) {
		String key = String.valueOf(client);
		if (this.requests.pausedUntil(key, this.limits.requestsPerMinute()).isPresent()) {
			return false;
		}
		this.requests.record(key);
		return true;
	}

}
