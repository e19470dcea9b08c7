package org.vigie.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Table writes run as concurrent Spark jobs, one driver thread each. Each write is a small job over
 * cached rows whose cost is mostly on the driver (planning, code generation, the commit); one after
 * the other they leave the executors idle meanwhile. Thread-safe: stateless.
 */
final class ConcurrentWrites {
  private ConcurrentWrites() {}

  /** Runs every write to its end and waits for all; the first failure is then thrown. */
  static void run(List<Runnable> writes) {
    ExecutorService threads = Executors.newFixedThreadPool(writes.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable write : writes) {
        running.add(threads.submit(write));
      }
      RuntimeException first = null;
      for (Future<?> write : running) {
        try {
          write.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          if (first == null) {
            first =
                e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new IllegalStateException("table write failed", e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the tables", e);
        }
      }
      if (first != null) {
        throw first;
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
