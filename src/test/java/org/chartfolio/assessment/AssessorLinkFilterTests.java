package org.chartfolio.assessment;

import java.time.Duration;
import java.time.ZoneId;

import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class AssessorLinkFilterTests {

	private final MutableClock clock = new MutableClock(ZoneId.of("Europe/London"));

	private final StaticMessageSource messages = new StaticMessageSource();

	private final AssessorLinkFilter filter;

	AssessorLinkFilterTests() {
		this.messages.addMessage("assessors.tooMany", java.util.Locale.UK, "Too many requests");
		this.filter = new AssessorLinkFilter(new AssessorLinkFilter.Limits(3), this.clock, this.messages);
	}

	@Test
	void aClientOverTheLimitIsRefusedForTheRestOfTheMinuteAndOthersAreNot() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(call("192.0.2.1").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = call("192.0.2.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		assertThat(refused.getContentAsString()).isEqualTo("Too many requests");
		assertThat(call("192.0.2.2").getStatus()).isEqualTo(200);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(call("192.0.2.1").getStatus()).isEqualTo(200);
	}

	@Test
	void everyAnswerKeepsTheTokenOutOfReferrersIndexesAndCaches() throws Exception {
		MockHttpServletResponse response = call("192.0.2.3");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
	}

	private MockHttpServletResponse call(String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/assessors/some-token");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
