package org.chartfolio.portfolio;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that changes something inside a portfolio which the permission table lets the
 * mentor do as well as the candidate: commenting on a section, deciding a review, keeping the
 * meeting log. Without it {@link PortfolioRoleAdvice} turns away every change from anybody but the
 * candidate. The annotation only lets the request reach the service, which still decides.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MentorMayPost {

}
