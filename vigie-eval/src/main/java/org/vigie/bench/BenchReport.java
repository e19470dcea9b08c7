package org.vigie.bench;

import java.util.List;

/**
 * What one benchmark run measured, for Vigie and for the plain CoreNLP baseline on the same texts.
 *
 * @param documents articles analysed
 * @param failed articles that failed
 * @param chars characters of cleaned text analysed
 * @param threads analysis threads
 * @param vigie Vigie's full pipeline
 * @param baseline CoreNLP's own French pipeline, or {@code null} when skipped
 * @param stages Vigie's time share per stage
 * @param cleaning the cleaning stages alone
 */
public record BenchReport(
    int documents,
    int failed,
    long chars,
    int threads,
    Run vigie,
    Run baseline,
    List<StageShare> stages,
    Cleaning cleaning) {
  public BenchReport {
    stages = List.copyOf(stages);
  }

  /** One timed run over all texts. */
  public record Run(
      String name,
      double seconds,
      double docsPerSecond,
      double charsPerSecond,
      long modelLoadMillis,
      long peakHeapBytes) {}

  /** One stage's part of Vigie's analysis time. */
  public record StageShare(String stage, double seconds, double share, double charsPerSecond) {}

  /**
   * Cleaning (extract, boilerplate, normalize), in raw input characters (nearly all one byte in
   * UTF-8): inside the full run, its stage time summed over threads (so per core, sharing the cores
   * with CoreNLP); and alone on one thread, warm, median of three passes.
   */
  public record Cleaning(
      double rawMegachars,
      double coreSeconds,
      double megacharsPerCoreSecond,
      double aloneMegacharsPerSecond,
      double corpusPassSeconds) {}

  /** Vigie's throughput over the baseline's (above 1: Vigie is faster). */
  public Double speedup() {
    return baseline == null ? null : vigie.charsPerSecond() / baseline.charsPerSecond();
  }
}
