package org.vigie.cli;

import java.io.PrintWriter;

/**
 * Write errors on standard output made visible. {@code PrintStream} and {@code PrintWriter} swallow
 * {@code IOException}s (a full disk, a closed pipe): without this check {@code vigie export >
 * /dev/full} said "exported 56 articles" and exited 0. Commands check after each record, so a
 * failing run stops at once with exit 2 and one line instead of analysing on into the void.
 */
final class StandardOutput {
  static final String BROKEN =
      "cannot write to standard output (disk full, or the reader closed the pipe); the output is"
          + " incomplete";

  private StandardOutput() {}

  /** A write to standard output failed; the message is the one line shown to the user. */
  static final class WriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailed(String message) {
      super(message);
    }
  }

  /** Flushes {@code out} and throws {@link WriteFailed} if any write to it has failed. */
  static void check(PrintWriter out) {
    if (out.checkError()) {
      throw new WriteFailed(BROKEN);
    }
  }
}
