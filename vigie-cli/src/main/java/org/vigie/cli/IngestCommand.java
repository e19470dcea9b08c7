package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.store.CorpusIngest;
import org.vigie.store.VigieStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie ingest}: analyse inputs into the store (idempotent, resumable). */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles and add them to the store in --data DIR (created if needed).",
      "Idempotent: inputs already stored unchanged are skipped; a changed article replaces its"
          + " old version. Commits every --batch articles: an interrupted run loses at most the"
          + " last batch and the next run resumes. Exit codes: 0 all processed, 1 some documents"
          + " failed, 2 usage error, store error or nothing processed."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or -.")
  List<String> paths;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "vigie-data",
      description = "The store directory. Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(
      names = "--batch",
      defaultValue = "" + CorpusIngest.DEFAULT_BATCH,
      description = "Articles per commit. Default: ${DEFAULT-VALUE}.")
  int batch;

  @Option(names = "--quiet", description = "No progress or summary on stderr.")
  boolean quiet;

  @Mixin AnalysisOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    int pool = options.pool();
    if (pool < 1 || batch < 1) {
      err.println("vigie: --threads and --batch must be at least 1");
      return VigieCommand.USAGE;
    }
    AnalysisConfig settings = options.settings();
    if (paths.stream().noneMatch(p -> p.equals("-") || java.nio.file.Files.exists(Path.of(p)))) {
      // Nothing to read: fail before the store is created, so no empty store is left behind.
      for (String p : paths) {
        err.println("vigie: " + p + ": no such file or directory");
      }
      return VigieCommand.USAGE;
    }
    // The store first: a locked, foreign or read-only directory fails before the models load.
    try (VigieStore store = VigieStore.openForWriting(data)) {
      Analyzer analyzer = options.analyzer(settings, paths, quiet, err);
      Progress progress =
          new Progress(err, !quiet, org.vigie.ingest.InputBytes.of(paths, options.limits()));
      CorpusIngest.Report report;
      try (InputScanner inputs = new InputScanner(paths, options.limits(), System.in)) {
        report =
            new CorpusIngest(store, analyzer, pool, batch)
                .run(
                    inputs,
                    new CorpusIngest.Listener() {
                      @Override
                      public void stored(VigieStore.Stored s) {
                        progress.done(inputs.bytesRead());
                      }

                      @Override
                      public void failed(AnalysisOutcome.Failed failure) {
                        progress.report(err, "vigie: " + failure.oneLine());
                        progress.done(inputs.bytesRead());
                      }

                      @Override
                      public void skipped(RawArticle raw) {
                        progress.done(inputs.bytesRead());
                      }
                    });
      }
      progress.finish();
      if (report.bulkLoadOf(store.size())) {
        if (!quiet) {
          err.println("vigie: merging the index into one segment (vigie compact)");
        }
        store.compact();
      }
      if (!quiet) {
        err.printf(
            Locale.ROOT,
            "vigie: %d added, %d replaced, %d unchanged, %d already stored (skipped), %d"
                + " near-duplicate(s), %d failed, in %.1f s; %d article(s) in %s%n",
            report.added(),
            report.replaced(),
            report.unchanged(),
            report.skipped(),
            report.duplicates(),
            report.failed(),
            report.seconds(),
            store.size(),
            data);
      }
      long processed = report.stored() + report.unchanged() + report.skipped();
      if (processed == 0) {
        return VigieCommand.USAGE;
      }
      return report.failed() > 0 ? VigieCommand.SOME_FAILED : VigieCommand.OK;
    }
  }
}
