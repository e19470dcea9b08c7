package org.vigie.pipeline;

/**
 * The moment a document's time budget ends ({@link DocumentBudget#seconds}). Stages with a long
 * loop (sentences, chunks of text) call {@link #check} at each turn; the pipeline checks it between
 * stages. Passing it throws {@link BudgetExceeded}, which fails this document only. Immutable.
 */
public final class Deadline {
  /** A deadline that never passes (a document analysed outside a pipeline). */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Integer.MAX_VALUE);

  private final long endNanos;
  private final int seconds;

  Deadline(long endNanos, int seconds) {
    this.endNanos = endNanos;
    this.seconds = seconds;
  }

  public boolean passed() {
    return this != NONE && System.nanoTime() - endNanos > 0;
  }

  /** Throws {@link BudgetExceeded} naming {@code where} when the deadline has passed. */
  public void check(String where) {
    if (passed()) {
      throw new BudgetExceeded(
          "over its time budget of "
              + seconds
              + " s (budget.seconds) "
              + where
              + "; the document is not analysed further");
    }
  }

  /** A document past its time budget: it fails alone, with the stage it reached. */
  public static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded(String message) {
      super(message, null, false, false);
    }
  }
}
