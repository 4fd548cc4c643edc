package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole application, as {@link IntegrationTest}, with evidence files in an S3 bucket
 * of the real S3-compatible server {@link S3Server} starts. All such tests share one
 * context. Where no such server can start the tests are skipped with the reason, except
 * on CI (CI=true), where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(S3StoreTest.ServerAvailable.class)
@IntegrationTest
@TestPropertySource(properties = "chartfolio.files.store=s3")
@ContextConfiguration(initializers = S3StoreTest.Initializer.class)
public @interface S3StoreTest {

	/**
	 * Skips (or on CI fails) the class before its context is made, when no server can
	 * start.
	 */
	class ServerAvailable implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			try {
				S3Server.start();
			}
			catch (IllegalStateException ex) {
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					fail(ex.getMessage(), ex);
				}
				// Surefire counts a class skipped before its first test as no test at
				// all: say why here.
				org.slf4j.LoggerFactory.getLogger(S3StoreTest.class)
					.warn("Skipping {}: {}", context.getDisplayName(), ex.getMessage());
				Assumptions.abort(ex.getMessage());
			}
		}

	}

	/** Points the S3 store at the test server. */
	class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			S3Server.Coordinates s3 = S3Server.start();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("chartfolio-test-s3",
						Map.of("chartfolio.files.s3.endpoint", s3.endpoint(), "chartfolio.files.s3.bucket", s3.bucket(),
								"chartfolio.files.s3.access-key", s3.accessKey(), "chartfolio.files.s3.secret-key",
								s3.secretKey(), "chartfolio.files.s3.path-style", "true",
								"chartfolio.files.s3.certificate", s3.certificate(), "chartfolio.files.s3.region",
								"us-east-1")));
		}

	}

}
