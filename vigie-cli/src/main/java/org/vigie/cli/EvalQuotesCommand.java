package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.eval.gold.DevScores;
import org.vigie.eval.gold.DevSet;
import org.vigie.eval.gold.DevSetScorer;
import org.vigie.eval.quotes.SeedQuoteEval;
import org.vigie.nlp.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie eval quotes}: quote detection and speakers on the seeds and, with {@code --gold}, on
 * the hand-annotated dev set (scored as {@code score.py gold} scores it), side by side.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quotes on annotated articles (default SHARED/seeds): detection precision, recall",
      "and F1, speaker accuracy and attributed F1. Any folder laid out like the seeds",
      "(articles + expected/*.json with \"quotes\") can be scored with --articles.",
      "With --gold DIR (the ml-crisis-gold dev set), also prints that split's quote figures",
      "exactly as score.py gold computes them; --details there is allowed for --split tune only."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Mixin SharedData data;
  @Mixin DevSetOptions devSet;

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "An annotated folder to score instead of SHARED/seeds.")
  Path articles;

  @Option(names = "--threads", description = "Analysis threads. Default: the number of cores.")
  Integer threads;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean dev = devSet.gold != null;
    if (dev && devSet.problem() != null) {
      err.println("vigie: " + devSet.problem());
      return VigieCommand.USAGE;
    }
    if (dev && devSet.absence(data.shared) != null) {
      err.println("vigie: " + devSet.absence(data.shared));
      return VigieCommand.USAGE;
    }
    Path folder = articles != null ? articles : data.shared.resolve("seeds");
    if (!Files.isDirectory(folder.resolve("expected"))) {
      err.println("vigie: no expected/*.json under " + folder);
      return VigieCommand.USAGE;
    }
    out.println("Quotes (" + folder + "):");
    SeedQuoteEval.Report report =
        new SeedQuoteEval().evaluate(folder, Engines.standard(AnalysisConfig.DEFAULT));
    // Seeds are development material: their details are always allowed; the dev set's only on
    // its tune split (checked above).
    out.print(report.render(devSet.errors));
    if (dev) {
      DevSet set = devSet.read(data.shared);
      int pool = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      Map<String, JsonNode> analysed =
          set.analyze(recurring -> Engines.standard(AnalysisConfig.DEFAULT, recurring), pool);
      List<String> errors = devSet.errorSink();
      DevScores.Quotes quotes = DevSetScorer.quotes(set, analysed, errors);
      out.println(
          "Quotes on the dev set ("
              + devSet.goldDir(data.shared)
              + ", split "
              + set.split().label()
              + ", "
              + set.documents().size()
              + " articles), as score.py gold:");
      out.print(quotes.metrics());
      if (errors != null) {
        errors.forEach(out::println);
      }
    }
    out.flush();
    return VigieCommand.OK;
  }
}
