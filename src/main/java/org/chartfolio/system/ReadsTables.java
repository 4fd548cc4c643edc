package org.chartfolio.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tables of other modules that a module's own SQL reads, said on its package-info with
 * the reason. Modules otherwise meet through each other's services, which the module
 * verification sees; a join in SQL it cannot see, so the list is where a reader (and
 * {@code CrossModuleSqlTests}) finds them. A module never writes another module's table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ReadsTables {

	/** The other modules' tables, by name. */
	String[] value();

	/** Why a service call would not do: what the SQL needs the join for. */
	String why();

}
