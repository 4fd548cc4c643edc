package org.chartfolio.portfolio;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link PortfolioRequests} in front of every handler, first of the app's
 * interceptors.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class PortfolioWebConfiguration implements WebMvcConfigurer {

	static final int ORDER = 0;

	private final PortfolioRequests requests;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.requests).order(ORDER);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.requests);
	}

}
