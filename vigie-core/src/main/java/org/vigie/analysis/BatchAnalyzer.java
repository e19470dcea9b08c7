package org.vigie.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.RawArticle;

/**
 * Runs an {@link Analyzer} over a stream of inputs on a pool of threads, handing outcomes to a sink
 * in input order (so output is deterministic whatever the thread count). Streaming: at most a few
 * documents per thread are in flight, so memory does not grow with the input. The sink runs on the
 * calling thread.
 */
public final class BatchAnalyzer {
  private final Analyzer analyzer;
  private final int threads;

  public BatchAnalyzer(Analyzer analyzer, int threads) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.threads = threads;
  }

  /** Analyses every item; returns the number of items seen. */
  public long run(Iterator<IngestItem> items, Consumer<AnalysisOutcome> sink)
      throws InterruptedException {
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "vigie-analyze-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Deque<Future<AnalysisOutcome>> inFlight = new ArrayDeque<>();
    int window = threads * 4;
    long seen = 0;
    try {
      while (items.hasNext()) {
        IngestItem item = items.next();
        seen++;
        inFlight.addLast(pool.submit(() -> withText(analyzer.analyze(item), item)));
        if (inFlight.size() >= window) {
          sink.accept(await(inFlight.removeFirst()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
    return seen;
  }

  /**
   * In a batch, a document without article text is a failure with its reason, never a success to
   * store or count ({@link ArticleTextCheck}); a single {@link Analyzer#analyze} call still shows
   * the empty text and its diagnostics.
   */
  static AnalysisOutcome withText(AnalysisOutcome outcome, IngestItem item) {
    if (outcome instanceof AnalysisOutcome.Analyzed analyzed && item instanceof RawArticle raw) {
      String noText = ArticleTextCheck.noText(analyzed.article(), raw);
      if (noText != null) {
        return new AnalysisOutcome.Failed(outcome.location(), raw.id(), "ingest", noText);
      }
    }
    return outcome;
  }

  private static AnalysisOutcome await(Future<AnalysisOutcome> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // Analyzer.analyze turns document problems into outcomes; what reaches here is an Error.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("analysis threw", cause);
    }
  }
}
