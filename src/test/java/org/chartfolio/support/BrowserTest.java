package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A journey through the running application in a real browser. Classes extend
 * {@link BrowserJourney}, which starts the browser and checks each page with axe.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "chartfolio.administrators=administrator.browser@chartfolio.test",
				"chartfolio.two-factor.key=browser-test-two-factor-key" })
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, Fixtures.class, QueryCounter.class, JdbcRecorder.class })
public @interface BrowserTest {

}
