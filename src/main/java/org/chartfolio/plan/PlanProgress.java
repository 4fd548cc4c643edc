package org.chartfolio.plan;

/** Counts of a portfolio's goals, for progress summaries. */
public record PlanProgress(int total, int done, int overdue, int doneWithoutEvidence) {
}
