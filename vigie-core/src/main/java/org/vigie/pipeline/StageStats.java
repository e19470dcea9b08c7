package org.vigie.pipeline;

/**
 * Totals for one stage over the documents run so far; {@code chars} counts the raw input characters
 * of the documents the stage processed, so stages compare on one scale.
 */
public record StageStats(String stage, long documents, long failures, long nanos, long chars) {
  /** Input characters per second of this stage's wall time (summed over threads). */
  public double charsPerSecond() {
    return nanos == 0 ? 0 : chars * 1e9 / nanos;
  }
}
