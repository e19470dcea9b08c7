package org.vigie.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * How many stored articles a summary (timeline, bulletin) reads at most ({@code --max-articles}),
 * as a picocli mixin: a query matching the whole store stays a bounded read, and the user is told
 * when the bound cut the selection.
 */
final class ReadLimit {
  @Option(
      names = "--max-articles",
      defaultValue = "20000",
      description = "Articles read at most. Default: ${DEFAULT-VALUE}.")
  int maxArticles;

  /** Whether the bound is usable; reports it on {@code err} when not. */
  boolean valid(PrintWriter err) {
    if (maxArticles < 1) {
      err.println("vigie: --max-articles must be positive");
      return false;
    }
    return true;
  }

  /** Says on {@code err} that the selection was cut, when it was, and how to widen it. */
  void reportTruncation(boolean truncated, PrintWriter err, String what, String narrow) {
    if (truncated) {
      err.println(
          "vigie: more than "
              + maxArticles
              + " articles match; the "
              + what
              + " uses the first "
              + maxArticles
              + " ("
              + narrow
              + ", or raise --max-articles)");
    }
  }
}
