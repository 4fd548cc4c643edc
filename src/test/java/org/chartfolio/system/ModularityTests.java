package org.chartfolio.system;

import org.chartfolio.ChartfolioApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ChartfolioApplication.class);

	@Test
	void featureModulesOnlyUseEachOthersPublicFaces() {
		this.modules.verify();
	}

	@Test
	void everyFeatureIsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getBasePackage().getName())).contains(
				"org.chartfolio.account", "org.chartfolio.portfolio", "org.chartfolio.system", "org.chartfolio.demo");
	}

}
