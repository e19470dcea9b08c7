package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.model.Article;
import org.vigie.nlp.Engines;
import org.vigie.store.VigieStore;

/**
 * The articles a listing command reads: analysed from PATHs, or read back from a store ({@code
 * --data DIR}). Each article passes through {@code slim} first, so a command keeps only what it
 * lists in memory. Failures are reported on stderr, one line each, and counted.
 */
final class ArticleInputs {
  /** The articles read and how many inputs failed. */
  record Read(List<Article> articles, long failed) {}

  private ArticleInputs() {}

  static Read read(
      List<String> paths,
      Path data,
      AnalysisConfig settings,
      int threads,
      PrintWriter err,
      UnaryOperator<Article> slim)
      throws IOException, InterruptedException {
    List<Article> articles = new ArrayList<>();
    long[] failed = new long[1];
    if (data != null) {
      try (VigieStore store = VigieStore.open(data)) {
        store.forEach(a -> articles.add(slim.apply(a)));
      }
      return new Read(articles, 0);
    }
    try (InputScanner inputs = new InputScanner(paths, IngestLimits.DEFAULT, System.in)) {
      new BatchAnalyzer(Engines.standard(settings), threads)
          .run(
              inputs,
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
                  articles.add(slim.apply(analyzed.article()));
                } else {
                  failed[0]++;
                  err.println("vigie: " + ((AnalysisOutcome.Failed) outcome).oneLine());
                }
              });
    }
    return new Read(articles, failed[0]);
  }
}
