package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.time.HeidelTimeTagger;
import org.vigie.eval.time.SeedTimexEval;
import org.vigie.eval.time.TimeBankDocument;
import org.vigie.eval.time.TimeBankEval;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;
import org.vigie.time.TimeExpressionStage;
import org.vigie.time.TimeExpressions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie eval time}: time expressions on the French TimeBank (beside HeidelTime) and seeds.
 */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = {
      "Score time expressions on SHARED/eval/ftib-dev (French TimeBank: strict and relaxed extent",
      "F1, value accuracy), with HeidelTime 2.2.1 on the same files, and on SHARED/seeds/expected."
    })
final class EvalTimeCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(
      names = "--timebank",
      paramLabel = "DIR",
      description = "A TimeML folder to score instead of SHARED/eval/ftib-dev.")
  Path timebank;

  @Option(names = "--no-heideltime", description = "Do not run HeidelTime beside Vigie.")
  boolean noHeideltime;

  @Option(names = "--errors", description = "List each error (missed, spurious, extent, value).")
  boolean errors;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TimeExpressionStage stage = new TimeExpressionStage();
    Path folder = timebank != null ? timebank : data.shared.resolve("eval").resolve("ftib-dev");
    boolean any = false;
    HeidelTimeTagger heideltime = noHeideltime ? null : new HeidelTimeTagger();
    if (Files.isDirectory(folder)) {
      any = true;
      List<TimeBankDocument> docs = TimeBankEval.read(folder);
      out.println("French TimeBank (" + folder + ", " + docs.size() + " documents):");
      TimeBankEval.SystemResult vigie = TimeBankEval.vigie(docs, stage);
      out.println(vigie.line());
      if (!noHeideltime) {
        out.flush();
        out.println(TimeBankEval.heideltime(docs, heideltime).line());
      }
      if (errors) {
        vigie.scores().errors().forEach(e -> out.println("    " + e));
      }
    } else {
      err.println("vigie: no TimeML folder at " + folder + "; skipped");
    }
    Path seeds = data.shared.resolve("seeds");
    if (Files.isDirectory(seeds.resolve("expected"))) {
      any = true;
      Analyzer cleaning = Analyzer.cleaningOnly(Engines.frenchLexicon(), RecurringLines.NONE);
      out.println();
      out.println("Seeds (" + seeds + "), expected timex values:");
      SeedTimexEval eval = new SeedTimexEval();
      out.print(eval.evaluate(seeds, cleaning, stage).render());
      if (heideltime != null) {
        SeedTimexEval.Report theirs =
            eval.evaluate(
                seeds,
                cleaning,
                (text, published) ->
                    new TimeExpressions(heideltime.tag(text, published), published, false));
        out.printf(
            Locale.ROOT,
            "  HeidelTime on the same texts and dates: value accuracy %.3f%n",
            theirs.accuracy());
      }
    } else {
      err.println("vigie: no seeds with expected results under " + seeds + "; skipped");
    }
    out.flush();
    return any ? VigieCommand.OK : VigieCommand.USAGE;
  }
}
