package org.chartfolio.plan;

import java.time.Instant;

/**
 * A portfolio's goals as its progress shows them: the counts, how many open goals have a
 * target date still ahead ({@code due}), and when a goal last changed (null: never). No
 * goal's words.
 */
public record PlanFigures(PlanProgress counts, int due, Instant lastChanged) {
}
