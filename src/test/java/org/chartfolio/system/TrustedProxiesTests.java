package org.chartfolio.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTests {

	@Test
	void nobodyIsTrustedByDefault() {
		assertThat(TrustedProxies.ranges(List.of())).isEmpty();
		assertThat(TrustedProxies.ranges(List.of(" ", ""))).isEmpty();
	}

	@Test
	void addressesBecomeExactRangesAndRangesStay() {
		assertThat(TrustedProxies.ranges(List.of("192.0.2.10", " 10.0.0.0/24 ", "::1")))
			.isEqualTo("192.0.2.10/32,10.0.0.0/24,0:0:0:0:0:0:0:1/128");
	}

	@Test
	void somethingThatIsNotAnAddressStopsTheStart() {
		for (String wrong : List.of("proxy.internal", "10.0.0.0/33", "10.0.0.1/8/8", ".*")) {
			assertThatThrownBy(() -> TrustedProxies.ranges(List.of(wrong))).as(wrong)
				.hasMessageContaining("CHARTFOLIO_TRUSTED_PROXIES holds '" + wrong + "'");
		}
	}

}
