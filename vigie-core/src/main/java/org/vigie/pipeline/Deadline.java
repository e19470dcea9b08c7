package org.vigie.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * When a document's time budget ({@link DocumentBudget#seconds}) is spent. Stages with a long loop
 * (sentences, chunks of text) call {@link #check} at each turn; the pipeline checks it between
 * stages. Passing it throws {@link BudgetExceeded}, which fails this document only.
 *
 * <p>The budget counts the CPU time of the thread analysing the document, not the clock: on a
 * machine shared with other work a document gets a fraction of a core, and a clock budget failed
 * ordinary articles there (an evaluation under load lost two of forty), so the same article would
 * pass or fail with the machine's load. The clock still bounds it at {@link #CLOCK_FACTOR} times
 * the budget, so that a starved document ends too. Where the JVM cannot measure a thread's CPU
 * time, or the check runs on another thread, the clock alone counts. Immutable.
 */
public final class Deadline {
  /** A deadline that never passes (a document analysed outside a pipeline). */
  public static final Deadline NONE = new Deadline(null, -1, 0, Long.MAX_VALUE, Integer.MAX_VALUE);

  /** How many times its budget a document may last by the clock, however busy the machine. */
  static final int CLOCK_FACTOR = 10;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Thread owner;
  private final long cpuStart;
  private final long clockStart;
  private final long budgetNanos;
  private final int seconds;

  private Deadline(Thread owner, long cpuStart, long clockStart, long budgetNanos, int seconds) {
    this.owner = owner;
    this.cpuStart = cpuStart;
    this.clockStart = clockStart;
    this.budgetNanos = budgetNanos;
    this.seconds = seconds;
  }

  /** A budget of {@code seconds} starting now, on the calling thread. */
  static Deadline start(int seconds) {
    long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    return new Deadline(
        Thread.currentThread(), cpu, System.nanoTime(), seconds * 1_000_000_000L, seconds);
  }

  public boolean passed() {
    if (this == NONE) {
      return false;
    }
    long clock = System.nanoTime() - clockStart;
    if (cpuStart < 0 || Thread.currentThread() != owner) {
      return clock > budgetNanos;
    }
    if (clock / CLOCK_FACTOR > budgetNanos) {
      return true;
    }
    // -1 when CPU time measurement was turned off since the start: the clock alone then.
    long cpu = THREADS.getCurrentThreadCpuTime();
    return cpu < 0 ? clock > budgetNanos : cpu - cpuStart > budgetNanos;
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
