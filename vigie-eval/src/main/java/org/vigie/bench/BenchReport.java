package org.vigie.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one benchmark run measured, for Vigie and for the plain CoreNLP baseline on the same texts.
 *
 * @param documents articles analysed
 * @param failed articles that failed
 * @param chars characters of cleaned text analysed
 * @param threads analysis threads
 * @param runs timed runs of each pipeline
 * @param vigie Vigie's full pipeline
 * @param baseline CoreNLP's own French pipeline, or {@code null} when skipped
 * @param stages Vigie's time share per stage
 * @param linguistic the French linguistic steps in Vigie's runs: wall time per step ({@code "pos
 *     ns"}...) summed over threads, and sentence counts (seen, read by the multi-word-token tagger,
 *     read by the NER, dependency-parsed)
 * @param cleaning the cleaning stages alone
 * @param quality quality figures measured in the same run, by name (empty when skipped)
 * @param loadAverage the machine's load averages at the end of the run
 */
public record BenchReport(
    int documents,
    int failed,
    long chars,
    int threads,
    int runs,
    Run vigie,
    Run baseline,
    List<StageShare> stages,
    Map<String, Long> linguistic,
    Cleaning cleaning,
    Map<String, Double> quality,
    String loadAverage) {
  public BenchReport {
    stages = List.copyOf(stages);
    linguistic = Collections.unmodifiableMap(new LinkedHashMap<>(linguistic));
    quality = Collections.unmodifiableMap(new LinkedHashMap<>(quality));
  }

  /**
   * One pipeline's timed runs over all texts: the median run's figures, every run's seconds, and
   * the peaks of heap and resident memory over its runs.
   */
  public record Run(
      String name,
      double seconds,
      List<Double> runSeconds,
      double docsPerSecond,
      double charsPerSecond,
      long modelLoadMillis,
      long peakHeapBytes,
      long peakRssBytes) {
    public Run {
      runSeconds = List.copyOf(runSeconds);
    }
  }

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

  /** One figure as the eval commands print it: counts whole, rates with three decimals. */
  public static String format(String name, double value) {
    boolean count = name.matches(".*_(tp|fp|fn|gold|pred|missing)");
    return String.format(Locale.ROOT, count ? "%.0f" : "%.3f", value);
  }
}
