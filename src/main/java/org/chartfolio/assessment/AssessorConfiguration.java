package org.chartfolio.assessment;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessorLinkFilter.Limits.class)
class AssessorConfiguration {

	@Bean
	FilterRegistrationBean<AssessorLinkFilter> assessorLinkFilter(AssessorLinkFilter.Limits limits, Clock clock,
			MessageSource messages) {
		FilterRegistrationBean<AssessorLinkFilter> registration = new FilterRegistrationBean<>(
				new AssessorLinkFilter(limits, clock, messages));
		registration.addUrlPatterns("/assessors/*");
		return registration;
	}

}
