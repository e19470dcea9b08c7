package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.cleaning.SeedCleaningEval;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie eval cleaning}: cleaning on the seeds and on trafilatura's French pages. */
@Command(
    name = "cleaning",
    mixinStandardHelpOptions = true,
    description = {
      "Score cleaning on SHARED/seeds (boilerplate, content, title, date, repairs, damage)",
      "and on SHARED/eval/trafilatura-fr (snippet precision/recall/F1, title and date accuracy)."
    })
final class EvalCleaningCommand implements Callable<Integer> {
  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared",
      description = "The shared data folder. Default: ${DEFAULT-VALUE}.")
  Path shared;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path seeds = shared.resolve("seeds");
    if (!Files.isDirectory(seeds.resolve("expected"))) {
      err.println("vigie: no seeds with expected results under " + seeds);
      return VigieCommand.USAGE;
    }
    Analyzer cleaning = Analyzer.cleaningOnly(Engines.frenchLexicon(), RecurringLines.NONE);
    out.println("Seeds (" + seeds + "):");
    out.print(new SeedCleaningEval().evaluate(seeds, cleaning).render());
    out.flush();
    return VigieCommand.OK;
  }
}
