package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A journey through the running application in a real browser. Classes extend
 * {@link BrowserJourney}, which starts the browser and checks each page with axe. The tag
 * lets the fast lane ({@code ./mvnw test -Pfast}) leave the journeys out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ServerTest
public @interface BrowserTest {

}
