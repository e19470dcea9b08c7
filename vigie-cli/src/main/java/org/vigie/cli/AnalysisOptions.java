package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.SentenceSelection;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;
import picocli.CommandLine.Option;

/**
 * The options of the commands that analyse inputs ({@code analyze}, {@code ingest}): threads,
 * configuration, parse selection, size limit and the corpus template pass, resolved the same way
 * for both.
 */
final class AnalysisOptions {
  @Option(names = "--threads", description = "Analysis threads. Default: the number of cores.")
  Integer threads;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Analysis configuration (JSON); unknown keys are rejected.")
  Path config;

  @Option(
      names = "--parse",
      description =
          "Which sentences get a dependency parse: NONE, ON_DEMAND, SPEECH, ALL. Default: config.")
  SentenceSelection parse;

  @Option(
      names = "--max-bytes",
      defaultValue = "16777216",
      description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(
      names = "--no-corpus-pass",
      description = "Do not learn site templates from the inputs first (one pass only).")
  boolean noCorpusPass;

  /** The thread count asked for, else the number of cores (may be below 1: callers check). */
  int pool() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** The configuration file's settings (or the defaults), with {@code --parse} applied. */
  AnalysisConfig settings() throws IOException {
    AnalysisConfig settings = config == null ? AnalysisConfig.DEFAULT : AnalysisConfig.read(config);
    if (parse != null) {
      settings =
          settings.withParse(
              new DependencyParseStage.Config(parse, settings.parse().maxSentenceWords()));
    }
    return settings;
  }

  IngestLimits limits() {
    long max = Integer.MAX_VALUE - 16;
    if (maxBytes < 1 || maxBytes > max) {
      throw new IllegalArgumentException(
          "--max-bytes must be between 1 and " + max + " (bytes); got " + maxBytes);
    }
    return new IngestLimits(maxBytes);
  }

  /**
   * The standard analyzer for the inputs: the models start loading ({@link Engines#warmUp}) while
   * the first pass reads the inputs for their site templates, then the analyzer is built on both.
   */
  Analyzer analyzer(AnalysisConfig settings, List<String> paths, boolean quiet, PrintWriter err) {
    Engines.warmUp(settings);
    return Engines.standard(settings, templates(paths, quiet, err));
  }

  /**
   * The first pass: lines that recur across the input documents are their sites' templates. A
   * stream cannot be read twice, and a handful of documents teaches nothing, so those get none.
   */
  private RecurringLines templates(List<String> paths, boolean quiet, PrintWriter err) {
    if (noCorpusPass || paths.contains("-")) {
      return RecurringLines.NONE;
    }
    try (InputScanner inputs = new InputScanner(paths, limits(), null)) {
      RecurringLines learnt = new CorpusLearner().learn(inputs);
      if (!quiet && learnt != RecurringLines.NONE) {
        err.println("vigie: learnt site templates from " + learnt.documents() + " documents");
      }
      return learnt;
    }
  }
}
