package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestComponent;

/**
 * A test's helper bean that sets the scene through the app's services (an archive test's
 * rich portfolio, say). Every house test context ({@link IntegrationTest},
 * {@link ServerTest}) finds the scenes by themselves (see {@link Scenes}), so a test
 * autowires its scene and adds no {@code @Import}, which would give its class a context
 * of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestComponent
public @interface Scene {

}
