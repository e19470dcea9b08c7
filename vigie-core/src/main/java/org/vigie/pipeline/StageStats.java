package org.vigie.pipeline;

/** Totals for one stage over the documents run so far. */
public record StageStats(String stage, long documents, long failures, long nanos, long chars) {
  /** Characters of text per second of this stage's wall time (summed over threads). */
  public double charsPerSecond() {
    return nanos == 0 ? 0 : chars * 1e9 / nanos;
  }
}
