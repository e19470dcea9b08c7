package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.cleaning.PipelinePageCleaner;
import org.vigie.eval.cleaning.SeedCleaningEval;
import org.vigie.eval.cleaning.TrafilaturaEval;
import org.vigie.eval.gold.DevScores;
import org.vigie.eval.gold.DevSet;
import org.vigie.eval.gold.DevSetScorer;
import org.vigie.eval.gold.DevSplit;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigie eval cleaning}: cleaning on the seeds and on trafilatura's French pages. */
@Command(
    name = "cleaning",
    mixinStandardHelpOptions = true,
    description = {
      "Score cleaning on SHARED/seeds (boilerplate, content, title, date, repairs, damage),",
      "on SHARED/eval/trafilatura-fr (snippet precision/recall/F1, title and date accuracy)",
      "and on the dev set SHARED/eval/ml-crisis-gold (content recall, boilerplate removed;",
      "tune, check, all; --errors lists tune's lost and kept lines)."
    })
final class EvalCleaningCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @picocli.CommandLine.Option(
      names = "--errors",
      description = "List the dev set's lost content and kept boilerplate lines (tune only).")
  boolean errors;

  /** trafilatura 2.x's F1 on its 990-page evaluation set, as its documentation reports it. */
  private static final double TRAFILATURA_PUBLISHED_F1 = 0.924;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path seeds = data.shared.resolve("seeds");
    if (!Files.isDirectory(seeds.resolve("expected"))) {
      err.println("vigie: no seeds with expected results under " + seeds);
      return VigieCommand.USAGE;
    }
    Analyzer cleaning = Analyzer.cleaningOnly(Engines.frenchLexicon(), RecurringLines.NONE);
    out.println("Seeds (" + seeds + "):");
    out.print(new SeedCleaningEval().evaluate(seeds, cleaning).render());
    Path pages = data.shared.resolve("eval").resolve("trafilatura-fr");
    if (Files.isDirectory(pages)) {
      TrafilaturaEval.Result result = TrafilaturaEval.run(pages, new PipelinePageCleaner(cleaning));
      out.println();
      out.println("trafilatura-fr (" + pages + "), scored as trafilatura scores itself:");
      out.print("  " + result.report());
      out.printf(
          Locale.ROOT,
          "  vigie F1 %.3f  |  trafilatura's published F1 on its whole set (all languages): %.3f%n",
          result.f1(),
          TRAFILATURA_PUBLISHED_F1);
    } else {
      err.println("vigie: no trafilatura-fr pages under " + pages + "; skipped");
    }
    devSet(out, err);
    out.flush();
    return VigieCommand.OK;
  }

  /**
   * The hand-annotated dev set, each split analysed on its own as score.py's gold-input gives it
   * (the corpus template pass over that split's articles), scored as score.py scores lines.
   */
  private void devSet(PrintWriter out, PrintWriter err) {
    Path gold = data.shared.resolve("eval").resolve("ml-crisis-gold");
    Path corpus = data.shared.resolve("corpus").resolve("ml-crisis-fr");
    if (!Files.isDirectory(gold) || !Files.isDirectory(corpus)) {
      err.println("vigie: no dev set under " + gold + "; skipped");
      return;
    }
    out.println();
    out.println("ml-crisis-gold (" + gold + "), lines as score.py scores them:");
    for (DevSplit split : DevSplit.values()) {
      DevSet set = DevSet.read(gold, corpus, split);
      java.util.List<String> lines =
          errors && split.errorsMayBeRead() ? new java.util.ArrayList<>() : null;
      DevScores.Lines scores =
          DevSetScorer.lines(
              set,
              set.analyze(
                  recurring -> Analyzer.cleaningOnly(Engines.frenchLexicon(), recurring),
                  Runtime.getRuntime().availableProcessors()),
              lines);
      out.printf(Locale.ROOT, "  %-6s %s%n", split.label(), scores.line());
      if (lines != null) {
        lines.forEach(out::println);
      }
    }
  }
}
