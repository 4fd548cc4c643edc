package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC repository, writing a session's last-access time at most once a
 * {@code touchInterval} instead of on every request.
 * <p>
 * Why: Spring Session marks a session changed on every request that uses it (the filter
 * sets its last-access time) and so updates its row on every page view and every htmx
 * poll, which doubles what each request costs the database for the sake of a timestamp.
 * Here a session read from the database keeps its stored last-access time until that time
 * is {@code touchInterval} old; only then is the new one passed on and written.
 * Attributes (sign-in, CSRF token, flash messages) are written as they change, exactly as
 * before. The price is precision: a session may end up to one {@code touchInterval}
 * sooner than its timeout after its last request (59 instead of 60 minutes).
 * <p>
 * It also reads a session once per request: Spring Session's filter commits the session
 * twice (when the response is committed and again as the request ends) and looks it up
 * anew the second time. Within a request (between {@link #beginRequest()} and
 * {@link #endRequest()}, which {@link SessionStorage} calls around the session filter) a
 * session found or saved is kept and handed back, so the second look costs nothing;
 * outside a request every look reads the database.
 */
final class SparingSessionRepository
		implements FindByIndexNameSessionRepository<SparingSessionRepository.SparingSession> {

	private final FindByIndexNameSessionRepository<Session> delegate;

	private final Duration touchInterval;

	/** The sessions this request has found or saved, by id; absent outside a request. */
	private final ThreadLocal<Map<String, SparingSession>> thisRequest = new ThreadLocal<>();

	@SuppressWarnings("unchecked")
	SparingSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration touchInterval) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
		this.touchInterval = touchInterval;
	}

	@Override
	public SparingSession createSession() {
		return new SparingSession(this.delegate.createSession(), true);
	}

	void beginRequest() {
		this.thisRequest.set(new LinkedHashMap<>());
	}

	void endRequest() {
		this.thisRequest.remove();
	}

	@Override
	public void save(SparingSession session) {
		this.delegate.save(session.delegate);
		Map<String, SparingSession> seen = this.thisRequest.get();
		if (seen != null) {
			seen.put(session.getId(), session);
		}
	}

	@Override
	public SparingSession findById(String id) {
		Map<String, SparingSession> seen = this.thisRequest.get();
		if (seen != null && seen.containsKey(id)) {
			return seen.get(id);
		}
		Session found = this.delegate.findById(id);
		SparingSession session = (found != null) ? new SparingSession(found, false) : null;
		if (seen != null && session != null) {
			seen.put(id, session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, SparingSession> seen = this.thisRequest.get();
		if (seen != null) {
			seen.remove(id);
		}
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, SparingSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, SparingSession> sessions = new LinkedHashMap<>();
		this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new SparingSession(session, false)));
		return sessions;
	}

	/**
	 * A session whose last-access time reaches the store only once it is a touch interval
	 * old.
	 */
	final class SparingSession implements Session {

		private final Session delegate;

		private final boolean isNew;

		SparingSession(Session delegate, boolean isNew) {
			this.delegate = delegate;
			this.isNew = isNew;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant stored = this.delegate.getLastAccessedTime();
			if (this.isNew || !lastAccessedTime.isBefore(stored.plus(SparingSessionRepository.this.touchInterval))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
