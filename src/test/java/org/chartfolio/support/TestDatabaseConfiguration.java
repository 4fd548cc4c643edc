package org.chartfolio.support;

import org.springframework.boot.test.context.TestConfiguration;

/**
 * Where a test context's database comes from: {@link TestDatabase}, put in place for
 * every test context by {@link TestDatabaseInitializer} before any bean exists. Importing
 * this class says so where a test declares its context; it adds nothing of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

}
