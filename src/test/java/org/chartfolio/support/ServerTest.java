package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real server on a random port ({@code @LocalServerPort}),
 * against the test database: for what MockMvc cannot show (cookies as a browser gets
 * them, forwarded headers, sessions stored by the real server). The {@link BrowserTest}
 * journeys run on the same context, so a full run starts it once for both. Pauses after
 * 50 failed sign-ins from one address, the default, which ForwardedHeadersTests counts
 * on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "chartfolio.administrators=administrator.browser@chartfolio.test",
				"chartfolio.two-factor.key=browser-test-two-factor-key",
				"chartfolio.sign-in.max-failures-per-address=50" })
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, Fixtures.class, QueryCounter.class,
		JdbcRecorder.class, StatementLog.class, Scenes.class })
public @interface ServerTest {

}
