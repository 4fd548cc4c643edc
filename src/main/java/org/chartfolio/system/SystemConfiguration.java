package org.chartfolio.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/**
	 * One clock for every module, so that tests can move time instead of waiting for it.
	 * Its zone is the one times are shown in: the people using Chartfolio work in the UK.
	 */
	@Bean
	Clock clock(@Value("${chartfolio.time-zone:Europe/London}") ZoneId zone) {
		return Clock.system(zone);
	}

}
