package org.chartfolio.evidence;

import java.time.Instant;

/**
 * A portfolio's evidence as its progress shows it: how many live items, and when one last
 * changed (null: never).
 */
public record EvidenceProgress(long count, Instant lastChanged) {
}
