package org.vigie.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.model.Article;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * Analyses an evaluation's input the way {@code vigie analyze} does: the input scanner, the corpus
 * template pass over the same inputs, then the pipeline on a thread pool, articles handed over in
 * input order. A failed document is left out (it scores as missing). For the evaluations that build
 * their input (JSON Lines with the dates their gold assumes) and score the Articles.
 */
public final class CorpusAnalysis {
  private CorpusAnalysis() {}

  public static void run(
      Path input, Function<RecurringLines, Analyzer> engine, int threads, Consumer<Article> sink)
      throws InterruptedException {
    List<String> paths = List.of(input.toString());
    RecurringLines recurring;
    try (InputScanner scanner = new InputScanner(paths, IngestLimits.DEFAULT, null)) {
      recurring = new CorpusLearner().learn(scanner);
    }
    Analyzer analyzer = engine.apply(recurring);
    try (InputScanner scanner = new InputScanner(paths, IngestLimits.DEFAULT, null)) {
      new BatchAnalyzer(analyzer, threads)
          .run(
              scanner,
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Analyzed a) {
                  sink.accept(a.article());
                }
              });
    }
  }
}
