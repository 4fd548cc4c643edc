package org.chartfolio.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions the servlet container keeps in memory, known as the container creates and destroys
 * them (Spring Boot registers this listener with it). An account's sessions are found by reading
 * the signed-in person from each session: one instance holds a few hundred sessions at most, and a
 * shared session store answers the same question by an index of its own.
 */
@Component
class ServletSessionDirectory implements AccountSessions, HttpSessionListener, HttpSessionIdListener {

	private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		this.sessions.put(event.getSession().getId(), event.getSession());
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		this.sessions.remove(event.getSession().getId());
	}

	/** A session gets a new id when somebody signs in in it. */
	@Override
	public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
		this.sessions.remove(oldSessionId);
		this.sessions.put(event.getSession().getId(), event.getSession());
	}

	@Override
	public List<SignedInSession> of(long accountId, String currentSessionId) {
		List<SignedInSession> found = new ArrayList<>();
		for (HttpSession session : live(accountId)) {
			try {
				found.add(new SignedInSession(Devices.Device.parse(session.getAttribute(DEVICE)),
						Instant.ofEpochMilli(session.getLastAccessedTime()), session.getId().equals(currentSessionId)));
			}
			catch (IllegalStateException ended) {
				// Ended while being read.
			}
		}
		found.sort(Comparator.comparing(SignedInSession::current).reversed()
			.thenComparing(SignedInSession::lastSeen, Comparator.reverseOrder()));
		return found;
	}

	@Override
	public int endAll(long accountId, String exceptSessionId) {
		int ended = 0;
		for (HttpSession session : live(accountId)) {
			if (!session.getId().equals(exceptSessionId)) {
				try {
					session.invalidate();
					ended++;
				}
				catch (IllegalStateException already) {
					// Ended meanwhile.
				}
			}
		}
		return ended;
	}

	private List<HttpSession> live(long accountId) {
		List<HttpSession> found = new ArrayList<>();
		for (HttpSession session : this.sessions.values()) {
			try {
				Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
				Authentication authentication = (context instanceof SecurityContext security) ? security.getAuthentication()
						: null;
				if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
						&& user.id() == accountId) {
					found.add(session);
				}
			}
			catch (IllegalStateException ended) {
				this.sessions.remove(session.getId());
			}
		}
		return found;
	}

}
