package org.chartfolio.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signed-in sessions live in PostgreSQL, in {@code spring_session} and
 * {@code spring_session_attributes} (Spring Session JDBC, tables from migration V30), so
 * a restart or another instance of the app keeps people signed in. Spring Boot sets the
 * repository up (timeout from {@code server.servlet.session.timeout}, expired sessions
 * deleted every minute by each instance); this only wraps it so that a request costs one
 * indexed read of the session and no write unless something in the session changed
 * ({@link SparingSessionRepository}).
 * <p>
 * A person's sessions are found by their email address, which Spring Session keeps in
 * {@code principal_name}: inject
 * {@code FindByIndexNameSessionRepository<? extends Session>} and call
 * {@code findByPrincipalName(email)}; {@code deleteById} ends one.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	/**
	 * How stale a session's stored last-access time may grow before a request writes it
	 * again.
	 */
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	@Bean
	static BeanPostProcessor sparingSessionRepository() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository jdbc)
						? new SparingSessionRepository(jdbc, TOUCH_INTERVAL) : bean;
			}

		};
	}

	/**
	 * Marks where a request begins and ends for the repository, just outside Spring
	 * Session's filter.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadOncePerRequest(
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!(sessions instanceof SparingSessionRepository sparing)) {
					chain.doFilter(request, response);
					return;
				}
				sparing.beginRequest();
				try {
					chain.doFilter(request, response);
				}
				finally {
					sparing.endRequest();
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
