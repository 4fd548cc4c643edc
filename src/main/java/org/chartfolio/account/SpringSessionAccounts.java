package org.chartfolio.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * An account's sessions as Spring Session keeps them (in PostgreSQL, shared by every
 * instance), found by the principal name it indexes: the sign-in email the session was
 * signed in with.
 */
@Component
@RequiredArgsConstructor
class SpringSessionAccounts implements AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	@Override
	public List<SignedInSession> of(String email, String currentSessionId) {
		return this.sessions.findByPrincipalName(email)
			.values()
			.stream()
			.filter((session) -> !session.isExpired())
			.map((session) -> new SignedInSession(Devices.Device.parse(session.getAttribute(DEVICE)),
					session.getLastAccessedTime(), session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SignedInSession::current)
				.reversed()
				.thenComparing(SignedInSession::lastSeen, Comparator.reverseOrder()))
			.toList();
	}

	@Override
	public int endAll(String email, String exceptSessionId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(exceptSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
