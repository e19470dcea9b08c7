package org.vigie.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.ingest.InputScanner;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.pipeline.StageStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie analyze}: one Article (CONTRACT.md) per input document on stdout. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze articles and print one Article JSON per document.",
      "Inputs: .txt, .html/.htm and .jsonl files, directories (recursive), - for stdin.",
      "Progress and the summary go to stderr. Exit codes: 0 all processed,"
          + " 1 some documents failed, 2 usage error or nothing processed."
    })
final class AnalyzeCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    pretty
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or -.")
  List<String> paths;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "jsonl (one article per line) or pretty (indented). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write articles to FILE, not stdout.")
  Path out;

  @Option(names = "--quiet", description = "No progress or summary on stderr.")
  boolean quiet;

  @Mixin AnalysisOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    AnalysisConfig settings = options.settings();
    int poolSize = options.pool();
    if (poolSize < 1) {
      err.println("vigie: --threads must be at least 1");
      return VigieCommand.USAGE;
    }
    Analyzer analyzer = options.analyzer(settings, paths, quiet, err);
    Progress progress =
        new Progress(err, !quiet, org.vigie.ingest.InputBytes.of(paths, options.limits()));
    long[] counts = new long[2]; // analysed, failed
    try (Writer writer = open();
        InputScanner inputs = new InputScanner(paths, options.limits(), System.in)) {
      new BatchAnalyzer(analyzer, poolSize)
          .run(
              inputs,
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
                  counts[0]++;
                  write(writer, analyzed.article());
                } else {
                  counts[1]++;
                  progress.report(err, "vigie: " + ((AnalysisOutcome.Failed) outcome).oneLine());
                }
                // The scanner runs a few documents ahead of the sink: close enough for an ETA.
                progress.done(inputs.bytesRead());
              });
    }
    progress.finish();
    if (!quiet) {
      summary(err, counts[0], counts[1], progress.seconds(), analyzer.stats());
    }
    if (counts[0] == 0) {
      return VigieCommand.USAGE;
    }
    return counts[1] > 0 ? VigieCommand.SOME_FAILED : VigieCommand.OK;
  }

  private Writer open() throws IOException {
    if (out == null) {
      return new UnclosedWriter(spec.commandLine().getOut());
    }
    OutputStream stream = Files.newOutputStream(out);
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  private void write(Writer writer, Article article) {
    try {
      writer.write(
          format == Format.pretty ? ArticleJson.pretty(article) : ArticleJson.line(article));
      writer.write('\n');
    } catch (IOException e) {
      throw new StandardOutput.WriteFailed("cannot write to " + out + ": " + e.getMessage());
    }
    if (out == null) {
      // Standard output swallows write errors: check each article, stop at the first failure.
      StandardOutput.check(spec.commandLine().getOut());
    }
  }

  /** Standard output as a Writer that the try-with-resources flushes but does not close. */
  private static final class UnclosedWriter extends java.io.FilterWriter {
    UnclosedWriter(PrintWriter out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static void summary(
      PrintWriter err, long analysed, long failed, double seconds, List<StageStats> stages) {
    err.printf(
        Locale.ROOT,
        "vigie: %d document(s) analysed, %d failed, in %.1f s (%.2f docs/s)%n",
        analysed,
        failed,
        seconds,
        analysed / Math.max(seconds, 1e-9));
    if (analysed == 0) {
      return; // nothing analysed: one line, not a table of zeros
    }
    for (StageStats s : stages) {
      err.printf(
          Locale.ROOT,
          "  %-14s %8.2f s  %12.0f chars/s%s%n",
          s.stage(),
          s.nanos() / 1e9,
          s.charsPerSecond(),
          s.failures() > 0 ? "  " + s.failures() + " failed" : "");
    }
  }
}
