package org.chartfolio.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * Every {@link Scene} in the tests, in every house test context: one context for all the
 * tests of a kind, whichever scenes they use. (The app's own component scan leaves them
 * out, as it leaves out every {@code @TestComponent}.)
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.chartfolio", useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ANNOTATION, classes = Scene.class))
class Scenes {

}
