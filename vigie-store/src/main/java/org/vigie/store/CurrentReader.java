package org.vigie.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;

/**
 * The store's current point-in-time reader. A store opened read-only (a server beside a separate
 * {@code vigie ingest}) sees commits made since it opened: at most once per {@link #REFRESH_NANOS},
 * a newer commit replaces the reader. A store opened for writing swaps in its own commits at once.
 * A replaced reader stays open while a search may still be on it. Thread-safe.
 */
final class CurrentReader {
  /** A read-only store looks for a newer commit (another process's ingest) this often at most. */
  static final long REFRESH_NANOS = 1_000_000_000L;

  /**
   * A replaced reader stays open this long: a search that took it before the swap finishes on it
   * (every server request has a deadline far shorter), then it is closed; at most {@link
   * #MAX_RETIRED} stay open, so a long ingest committing often does not pile them up.
   */
  static final long RETIRE_NANOS = 10L * 60 * 1_000_000_000L;

  static final int MAX_RETIRED = 16;

  private record Retired(DirectoryReader reader, long at) {}

  private final boolean writing;
  private volatile DirectoryReader reader;
  private final AtomicLong checkedAt = new AtomicLong(System.nanoTime());
  private final ArrayDeque<Retired> retired = new ArrayDeque<>();

  CurrentReader(DirectoryReader first, boolean writing) {
    this.reader = first;
    this.writing = writing;
  }

  /** The reader to search now, after looking for a newer commit when it is time to. */
  DirectoryReader get() {
    refreshIfStale();
    return reader;
  }

  /** The reader as it is, without looking for a newer commit (the writer's replay). */
  DirectoryReader now() {
    return reader;
  }

  /** After the writer's commit: its own changes become visible at once. */
  void refreshFrom(IndexWriter writer) throws IOException {
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
    if (fresh != null) {
      swap(fresh);
    }
  }

  private void refreshIfStale() {
    if (writing) {
      return;
    }
    // One thread looks for a new commit, outside the lock: the others go on searching the reader
    // they have meanwhile instead of queueing behind a directory listing.
    long now = System.nanoTime();
    long last = checkedAt.get();
    if (now - last < REFRESH_NANOS || !checkedAt.compareAndSet(last, now)) {
      return;
    }
    try {
      DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
      if (fresh != null) {
        swap(fresh);
      }
    } catch (IOException e) {
      // A commit being written or a file gone: keep serving the reader we have, retry later.
    }
  }

  /** Makes {@code fresh} the reader; the old one is closed once no search can still be on it. */
  private synchronized void swap(DirectoryReader fresh) throws IOException {
    long now = System.nanoTime();
    retired.addLast(new Retired(reader, now));
    reader = fresh;
    while (!retired.isEmpty()
        && (retired.size() > MAX_RETIRED || now - retired.peekFirst().at() > RETIRE_NANOS)) {
      retired.pollFirst().reader().close();
    }
  }

  synchronized void close() throws IOException {
    for (Retired r : retired) {
      r.reader().close();
    }
    retired.clear();
    reader.close();
  }
}
