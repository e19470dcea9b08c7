package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.gold.DevSet;
import org.vigie.eval.gold.DevSetScorer;
import org.vigie.eval.gold.DevSplit;
import org.vigie.eval.time.GoldTimexEval;
import org.vigie.eval.time.HeidelTimeTagger;
import org.vigie.eval.time.SeedTimexEval;
import org.vigie.eval.time.TimeBankDocument;
import org.vigie.eval.time.TimeBankEval;
import org.vigie.eval.time.TimeBankFolds;
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
      "F1, value accuracy) fold by fold, on SHARED/eval/ml-crisis-gold (tune, check, all) and",
      "on SHARED/seeds/expected, with HeidelTime 2.2.1 on the same texts."
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

  @Option(
      names = "--errors",
      description = {
        "List each error (missed, spurious, extent, value) of what may be tuned on: the",
        "TimeBank fold of --tune-fold and the dev set's tune split only (the other fold and",
        "the check split stay held out)."
      })
  boolean errors;

  @Option(
      names = "--no-dev-set",
      description = "Do not score SHARED/eval/ml-crisis-gold (it analyses 41 articles).")
  boolean noDevSet;

  @Option(
      names = "--tune-fold",
      paramLabel = "A|B",
      defaultValue = "A",
      description = "The TimeBank fold whose errors --errors lists (default: ${DEFAULT-VALUE}).")
  TimeBankFolds.Fold tuneFold;

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
      timeBank(TimeBankEval.read(folder), folder, stage, heideltime, out);
    } else {
      err.println("vigie: no TimeML folder at " + folder + "; skipped");
    }
    Path goldDir = data.shared.resolve("eval").resolve("ml-crisis-gold");
    Path corpusDir = data.shared.resolve("corpus").resolve("ml-crisis-fr");
    if (!noDevSet && Files.isDirectory(goldDir) && Files.isDirectory(corpusDir)) {
      any = true;
      devSet(goldDir, corpusDir, heideltime, out);
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

  /**
   * The hand-annotated dev set scored as its README says (DATE and TIME, a leading article or
   * preposition aside) on tune, check and all, HeidelTime beside; errors of tune only.
   */
  private void devSet(Path goldDir, Path corpusDir, HeidelTimeTagger heideltime, PrintWriter out) {
    DevSet all = DevSet.read(goldDir, corpusDir, DevSplit.ALL);
    out.println();
    out.println(
        "ml-crisis-gold ("
            + goldDir
            + ", "
            + all.documents().size()
            + " articles, analysed as vigie analyze does):");
    out.flush();
    Map<String, JsonNode> ours =
        all.analyze(
            recurring -> Engines.standard(AnalysisConfig.DEFAULT, recurring),
            Runtime.getRuntime().availableProcessors());
    Map<String, JsonNode> theirs =
        heideltime == null ? null : GoldTimexEval.heidelTime(all, ours, heideltime);
    List<String> tuneErrors = new ArrayList<>();
    for (DevSplit split : DevSplit.values()) {
      DevSet set = DevSet.read(goldDir, corpusDir, split);
      List<String> sink = errors && split.errorsMayBeRead() ? tuneErrors : null;
      out.printf(
          Locale.ROOT,
          "  %-6s vigie       %s%n",
          split.label(),
          DevSetScorer.timexes(set, ours, sink).line());
      if (theirs != null) {
        out.printf(
            Locale.ROOT,
            "  %-6s HeidelTime  %s%n",
            split.label(),
            DevSetScorer.timexes(set, theirs, null).line());
      }
    }
    if (errors) {
      out.println(" errors of the tune split (check is held out):");
      tuneErrors.forEach(out::println);
    }
  }

  /**
   * Each fold with HeidelTime beside it, the mean of the folds, the whole folder; errors of the
   * tuning fold only.
   */
  private void timeBank(
      List<TimeBankDocument> docs,
      Path folder,
      TimeExpressionStage stage,
      HeidelTimeTagger heideltime,
      PrintWriter out) {
    TimeBankFolds.Fold tuned = tuneFold;
    TimeBankFolds folds = TimeBankFolds.of(docs);
    out.println(
        "French TimeBank ("
            + folder
            + ", "
            + docs.size()
            + " documents; fold A = 1st, 3rd, 5th... of the files sorted by name, fold B = the"
            + " others):");
    Map<TimeBankFolds.Fold, TimeBankEval.SystemResult> ours =
        new EnumMap<>(TimeBankFolds.Fold.class);
    Map<TimeBankFolds.Fold, TimeBankEval.SystemResult> theirs =
        new EnumMap<>(TimeBankFolds.Fold.class);
    for (TimeBankFolds.Fold fold : TimeBankFolds.Fold.values()) {
      List<TimeBankDocument> part = folds.get(fold);
      out.printf(
          Locale.ROOT,
          " fold %s (%d documents, %s):%n",
          fold,
          part.size(),
          fold == tuned ? "tuned on" : "held out");
      ours.put(fold, TimeBankEval.vigie(part, stage));
      out.println(ours.get(fold).line());
      if (heideltime != null) {
        out.flush();
        theirs.put(fold, TimeBankEval.heideltime(part, heideltime));
        out.println(theirs.get(fold).line());
      }
    }
    out.println(" mean of the two folds:");
    out.println(
        TimeBankEval.meanLine(
            "vigie",
            ours.get(TimeBankFolds.Fold.A).scores(),
            ours.get(TimeBankFolds.Fold.B).scores()));
    if (heideltime != null) {
      out.println(
          TimeBankEval.meanLine(
              "HeidelTime",
              theirs.get(TimeBankFolds.Fold.A).scores(),
              theirs.get(TimeBankFolds.Fold.B).scores()));
    }
    out.println(" all documents:");
    out.println(TimeBankEval.vigie(docs, stage).line());
    if (errors) {
      out.println(" errors of fold " + tuned + " (fold " + tuned.other() + " is held out):");
      ours.get(tuned).scores().errors().forEach(e -> out.println("    " + e));
    }
  }
}
