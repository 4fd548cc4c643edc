package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.chartfolio.evidence.EvidenceSharing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole application against the test database, with MockMvc. All such tests share one
 * application context: a test class adds no {@code @Import}, properties or mock beans of
 * its own (ConventionsTests refuses them), since each would start another context. What
 * tests need is here: the {@link Fixtures}, every {@link Scene}, the statement counters,
 * and {@code EvidenceSharing} as a Mockito spy, which calls the real service unless a
 * test stubs it (the export tests make it fail or wait part way) and is reset after every
 * test. With {@link MailServer}, the app sends email.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "chartfolio.administrators=administrator.integration@chartfolio.test",
		"chartfolio.base-url=https://chartfolio.test", "chartfolio.two-factor.key=integration-test-two-factor-key" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, Fixtures.class, QueryCounter.class,
		MockMvcSessions.class, JdbcRecorder.class, Scenes.class })
@MockitoSpyBean(types = EvidenceSharing.class)
public @interface IntegrationTest {

}
