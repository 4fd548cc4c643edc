package org.chartfolio.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * MockMvc without Spring Session's filter, so the session of a MockMvc request is the
 * request's own {@code MockHttpSession}: what Spring Security's test support
 * ({@code authenticated()}, flash attributes, {@code .session(...)}) reads. Only MockMvc
 * is affected (these contexts start no server); the sessions kept in PostgreSQL are
 * tested through a real server (SessionStorageTests, the browser journeys,
 * TwoInstancesTests).
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	@Bean
	static BeanPostProcessor mockMvcWithoutSessionRepositoryFilter() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				// Spring Boot's registration of Spring Session's filter
				// (SessionRepositoryFilterConfiguration).
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& "sessionRepositoryFilterRegistration".equals(beanName)) {
					registration.setEnabled(false);
				}
				return bean;
			}

		};
	}

}
