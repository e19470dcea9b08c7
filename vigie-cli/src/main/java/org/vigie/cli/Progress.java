package org.vigie.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr: documents done, docs/s and an ETA from input bytes. Redraws one
 * line on a terminal; elsewhere (CI, pipes) prints a line every 30 s. Used by one thread.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final long totalBytes;
  private final long startNanos = System.nanoTime();
  private long lastPrint = startNanos;
  private long documents;
  private long bytes;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled, long totalBytes) {
    this.err = enabled ? err : null;
    this.terminal = stderrIsTerminal();
    this.totalBytes = totalBytes;
  }

  /** One more document done; {@code inputBytesRead} is how much of the input is read by now. */
  void done(long inputBytesRead) {
    documents++;
    bytes = inputBytesRead;
    long now = System.nanoTime();
    long interval = terminal ? 250_000_000L : 30_000_000_000L;
    if (err != null && now - lastPrint >= interval) {
      lastPrint = now;
      String line = line(now);
      if (terminal) {
        err.print("\r" + line + "   ");
        err.flush();
        drawn = true;
      } else {
        err.println(line);
      }
    }
  }

  /**
   * Whether stderr is a terminal, where the progress goes: with stdout redirected (the usual {@code
   * vigie analyze ... > out.jsonl}) {@code System.console()} is null although a person watches
   * stderr. On Linux the descriptor's target says it; elsewhere the console is the best guess.
   */
  static boolean stderrIsTerminal() {
    try {
      java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
      if (java.nio.file.Files.isSymbolicLink(fd)) {
        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      // fall back to the console below
    }
    return System.console() != null;
  }

  /** A failure line on {@code out}, never glued to the progress line drawn before it. */
  void report(PrintWriter out, String line) {
    if (err != null && drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      drawn = false;
    }
    out.println(line);
  }

  void finish() {
    if (err != null && drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
    }
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private String line(long now) {
    double elapsed = (now - startNanos) / 1e9;
    double rate = documents / Math.max(elapsed, 1e-9);
    StringBuilder line =
        new StringBuilder(String.format(Locale.ROOT, "%d docs, %.1f docs/s", documents, rate));
    if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
      double eta = elapsed * (totalBytes - bytes) / bytes;
      line.append(
          String.format(Locale.ROOT, ", %d%%, ETA %s", bytes * 100 / totalBytes, time(eta)));
    }
    return line.toString();
  }

  private static String time(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
