package org.vigie.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.RawArticle;

/**
 * Streams inputs through the analyzer on a thread pool ({@link BatchAnalyzer}) into a store,
 * committing every {@code batchSize} articles. Inputs the store already holds unchanged (same id,
 * same bytes) are skipped before analysis, so a second run over the same files costs a read and a
 * hash per file, and a run killed mid-way resumes where its last commit stood. Outcomes reach the
 * store in input order on the calling thread, so near-duplicates and stories come out the same
 * whatever the thread count. Not thread-safe; one ingest per store.
 */
public final class CorpusIngest {
  /** Articles per commit: what a crash can lose at most. */
  public static final int DEFAULT_BATCH = 200;

  private final VigieStore store;
  private final Analyzer analyzer;
  private final int threads;
  private final int batchSize;

  /** What one ingest run did. */
  public record Report(
      long added,
      long replaced,
      long unchanged,
      long skipped,
      long duplicates,
      long failed,
      long commits,
      double seconds) {
    public long stored() {
      return added + replaced;
    }

    /**
     * Whether this run was a bulk load of a store now holding {@code size} articles: it wrote a
     * quarter of them or more, so merging the index into one segment ({@link VigieStore#compact})
     * rewrites little that this run did not write already. A small daily ingest leaves the merges
     * to Lucene's merge policy.
     */
    public boolean bulkLoadOf(int size) {
      return stored() > 0 && stored() * 4 >= size;
    }
  }

  /** Hears about each stored article and each failure, on the calling thread. */
  public interface Listener {
    void stored(VigieStore.Stored stored);

    void failed(AnalysisOutcome.Failed failure);

    void skipped(RawArticle raw);
  }

  public CorpusIngest(VigieStore store, Analyzer analyzer, int threads, int batchSize) {
    this.store = Objects.requireNonNull(store, "store");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be >= 1");
    }
    this.threads = threads;
    this.batchSize = batchSize;
  }

  public Report run(Iterator<IngestItem> items, Listener listener) throws InterruptedException {
    long start = System.nanoTime();
    long[] c = new long[7]; // added, replaced, unchanged, skipped, duplicates, failed, commits
    Deque<String> rawKeys = new ArrayDeque<>();
    Iterator<IngestItem> fresh =
        new Iterator<>() {
          private IngestItem next;

          @Override
          public boolean hasNext() {
            while (next == null && items.hasNext()) {
              IngestItem item = items.next();
              if (item instanceof RawArticle raw) {
                String key = VigieStore.rawKey(raw.id(), raw.content());
                if (store.knowsRaw(key)) {
                  c[3]++;
                  listener.skipped(raw);
                  continue;
                }
                rawKeys.addLast(key);
              } else {
                rawKeys.addLast("");
              }
              next = item;
            }
            return next != null;
          }

          @Override
          public IngestItem next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            IngestItem item = next;
            next = null;
            return item;
          }
        };
    long[] sinceCommit = {0};
    Consumer<AnalysisOutcome> sink =
        outcome -> {
          String key = rawKeys.pollFirst();
          if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
            VigieStore.Stored stored;
            try {
              stored = store.put(analyzed.article(), key == null || key.isEmpty() ? null : key);
            } catch (IllegalArgumentException e) {
              // Lucene refuses this document alone (a value past one of its limits); the writer
              // stays usable, so the document fails with its path and the run goes on.
              c[5]++;
              listener.failed(
                  new AnalysisOutcome.Failed(
                      outcome.location(),
                      analyzed.article().id(),
                      "store",
                      "not indexable: " + e.getMessage()));
              return;
            }
            VigieStore.PutOutcome put = stored.outcome();
            switch (put) {
              case ADDED -> c[0]++;
              case REPLACED -> c[1]++;
              case UNCHANGED -> c[2]++;
            }
            if (put != VigieStore.PutOutcome.UNCHANGED && ++sinceCommit[0] >= batchSize) {
              store.commit();
              c[6]++;
              sinceCommit[0] = 0;
            }
            if (put != VigieStore.PutOutcome.UNCHANGED && stored.duplicateOf() != null) {
              c[4]++;
            }
            listener.stored(stored);
          } else {
            c[5]++;
            listener.failed((AnalysisOutcome.Failed) outcome);
          }
        };
    new BatchAnalyzer(analyzer, threads).run(fresh, sink);
    store.commit();
    c[6]++;
    return new Report(c[0], c[1], c[2], c[3], c[4], c[5], c[6], (System.nanoTime() - start) / 1e9);
  }
}
