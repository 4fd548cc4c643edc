package org.chartfolio.readiness;

import java.util.Optional;

/**
 * One of the readiness checks, a bean of its own; the page shows them in their
 * {@code @Order}. A check reads only the facts read once for them all, and answers
 * nothing when it does not apply to the portfolio's route.
 */
interface ReadinessCheck {

	Optional<CheckResult> check(ReadinessFacts facts);

}
