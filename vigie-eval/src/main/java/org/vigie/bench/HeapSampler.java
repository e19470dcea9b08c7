package org.vigie.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples used heap and the process's resident set size (RSS, from {@code /proc/self/status} on
 * Linux; 0 elsewhere) every few milliseconds on a daemon thread and keeps the maxima. Sampling can
 * be paused, so that one sampler covers only one pipeline's runs when two alternate.
 */
final class HeapSampler implements AutoCloseable {
  private static final Path STATUS = Path.of("/proc/self/status");

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong peakRss = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean sampling;

  /** A sampler, paused until {@link #resume}. */
  HeapSampler() {
    thread =
        new Thread(
            () -> {
              while (running) {
                if (sampling) {
                  sample();
                }
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "vigie-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  void resume() {
    sampling = true;
    sample();
  }

  void pause() {
    if (sampling) {
      sample();
    }
    sampling = false;
  }

  long peakBytes() {
    return peak.get();
  }

  long peakRssBytes() {
    return peakRss.get();
  }

  private void sample() {
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    peakRss.accumulateAndGet(rss(), Math::max);
  }

  /** The resident set size now, in bytes, or 0 when the system does not say. */
  private static long rss() {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring(6).strip().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
