package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application against the test database, with MockMvc. All such tests share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "chartfolio.administrators=administrator.integration@chartfolio.test",
		"chartfolio.base-url=https://chartfolio.test", "chartfolio.two-factor.key=integration-test-two-factor-key" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, Fixtures.class, QueryCounter.class,
		MockMvcSessions.class, JdbcRecorder.class })
public @interface IntegrationTest {

}
