package org.vigie.pipeline;

/**
 * What one document may cost, so that one page cannot stall a batch: a time budget (seconds of the
 * analysing thread's CPU time, see {@link Deadline}, checked between stages and inside the long
 * loops; a document past it fails alone, with the stage it reached) and a bound on the sentences
 * analysed (the rest are skipped with a diagnostic: a 30 MB text is not an article, and its
 * sentences would hold gigabytes of words).
 *
 * <p>Example: {@code {"budget": {"seconds": 120, "maxSentences": 5000}}}.
 *
 * @param seconds CPU seconds per document, all stages together (at most ten times that by the
 *     clock)
 * @param maxSentences sentences handed to the linguistic analysis and the stages after it
 */
public record DocumentBudget(int seconds, int maxSentences) {
  public static final DocumentBudget DEFAULT = new DocumentBudget(120, 5_000);

  /** No bound at all: for tools that time or compare the stages themselves. */
  public static final DocumentBudget UNBOUNDED =
      new DocumentBudget(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public DocumentBudget {
    if (seconds < 1 || maxSentences < 1) {
      throw new IllegalArgumentException(
          "budget.seconds and budget.maxSentences must be positive: "
              + seconds
              + ", "
              + maxSentences);
    }
  }

  /** A deadline starting now. */
  public Deadline start() {
    return seconds == Integer.MAX_VALUE ? Deadline.NONE : Deadline.start(seconds);
  }
}
