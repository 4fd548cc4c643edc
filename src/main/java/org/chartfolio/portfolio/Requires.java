package org.chartfolio.portfolio;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a handler under {@code /portfolios/{portfolioId}} needs, checked by
 * {@link PortfolioRequests} before the handler runs. A handler that states none is
 * refused (and a test names it); one stated on the controller applies to each of its
 * handlers that states none.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Requires {

	Permission value();

}
