package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.eval.quotes.SeedQuoteEval;
import org.vigie.nlp.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie eval quotes}: quote detection and speakers on annotated articles. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quotes on annotated articles (default SHARED/seeds): detection precision, recall",
      "and F1, speaker accuracy and attributed F1. Any folder laid out like the seeds",
      "(articles + expected/*.json with \"quotes\") can be scored with --articles."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "An annotated folder to score instead of SHARED/seeds.")
  Path articles;

  @Option(names = "--details", description = "List every miss, wrong speaker and extra quote.")
  boolean details;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = articles != null ? articles : data.shared.resolve("seeds");
    if (!Files.isDirectory(folder.resolve("expected"))) {
      spec.commandLine().getErr().println("vigie: no expected/*.json under " + folder);
      return VigieCommand.USAGE;
    }
    out.println("Quotes (" + folder + "):");
    SeedQuoteEval.Report report =
        new SeedQuoteEval().evaluate(folder, Engines.standard(AnalysisConfig.DEFAULT));
    out.print(report.render(details));
    out.flush();
    return VigieCommand.OK;
  }
}
