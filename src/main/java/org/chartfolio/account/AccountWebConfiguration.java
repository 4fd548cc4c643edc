package org.chartfolio.account;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link PageHeader} behind every handler, after the portfolio checks. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class AccountWebConfiguration implements WebMvcConfigurer {

	private final PageHeader header;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.header).order(100);
	}

}
