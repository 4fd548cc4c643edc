package org.chartfolio.support;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts a test context's clock back to the real time after every test, so that a test that
 * moved it forward leaves nothing behind: the contexts the test run keeps open share one
 * database and each runs the app's cluster-wide recurring work (the expiry of finished
 * exports, for one) by its own clock, and a clock left days ahead in one context would
 * expire another test's fresh work. Registered for every test in
 * {@code META-INF/spring.factories}.
 */
public class ClockReset implements TestExecutionListener, Ordered {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
