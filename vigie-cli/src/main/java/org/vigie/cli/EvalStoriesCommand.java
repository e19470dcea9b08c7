package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.eval.stories.StoryEval;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.nlp.Engines;
import org.vigie.store.story.StoryClusterer;
import org.vigie.text.boilerplate.RecurringLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie eval stories}: story clustering on headlines and on ML-Crisis. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "B-cubed P/R/F1 of the store's online story clustering on SHARED/eval/news-clusters-fr,",
      "with a TF-IDF single-link baseline in the same run, and topic purity on",
      "SHARED/corpus/ml-crisis-fr (stories against the country folder)."
    })
final class EvalStoriesCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(names = "--threshold", description = "Clustering threshold (default: the store's).")
  Double threshold;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StoryClusterer.Config config =
        threshold == null
            ? StoryClusterer.Config.DEFAULT
            : StoryClusterer.Config.DEFAULT.withThreshold(threshold);
    StoryEval eval = new StoryEval();
    Path csv = data.shared.resolve("eval/news-clusters-fr/categories.csv");
    boolean any = false;
    if (Files.isRegularFile(csv)) {
      any = true;
      StoryEval.HeadlineReport r = eval.headlines(csv, config);
      out.printf(
          Locale.ROOT,
          "news-clusters-fr (%s): %d headlines, %d gold stories, shuffled (seed %d)%n",
          csv,
          r.headlines(),
          r.goldStories(),
          StoryEval.SEED);
      out.println(r.vigie().line());
      out.println(r.vigieWarm().line());
      out.println(r.baseline().line() + "  <- baseline, best threshold");
      out.println(
          r.reference().line()
              + "  <- reference: batch, all headlines at once, threshold chosen on the gold");
      double[] f1 = r.orders().stream().mapToDouble(o -> o.bcubed().f1()).sorted().toArray();
      out.printf(
          Locale.ROOT,
          "  vigie online, cold IDF, %d shuffles (seeds %d..%d): F1 median %.3f, min %.3f, max"
              + " %.3f%n",
          f1.length,
          StoryEval.SEED,
          StoryEval.SEED + f1.length - 1,
          f1[f1.length / 2],
          f1[0],
          f1[f1.length - 1]);
      out.printf(
          Locale.ROOT,
          "  gold with the boxes filed under two sections merged (%d stories):%n",
          r.mergedGoldStories());
      out.println("  " + r.vigieMerged().line());
      out.println("  " + r.baselineMerged().line() + "  <- baseline, best threshold");
      out.println("  " + r.referenceMerged().line() + "  <- reference");
      out.println("  baseline curve:");
      r.baselineCurve().forEach(s -> out.println("  " + s.line()));
    } else {
      err.println("vigie: no " + csv + "; headline clusters skipped");
    }
    Path crisis = data.shared.resolve("corpus/ml-crisis-fr");
    if (Files.isDirectory(crisis)) {
      any = true;
      // As ingest does: site templates learnt from the corpus first, so chrome does not tie
      // together the articles of one outlet.
      RecurringLines templates;
      try (InputScanner inputs =
          new InputScanner(List.of(crisis.toString()), IngestLimits.DEFAULT, null)) {
        templates = new CorpusLearner().learn(inputs);
      }
      Analyzer cleaning = Analyzer.cleaningOnly(Engines.frenchLexicon(), templates);
      StoryEval.CrisisReport c = eval.crisis(crisis, cleaning, config);
      out.printf(
          Locale.ROOT,
          "%nml-crisis-fr (%s), cleaning-only analysis, date order:%n"
              + "  %d articles -> %d stories (mean %.2f articles, largest %d);"
              + " topic purity (country) %.3f%n",
          crisis,
          c.articles(),
          c.stories(),
          c.meanSize(),
          c.largest(),
          c.purity());
    } else {
      err.println("vigie: no " + crisis + "; topic purity skipped");
    }
    out.flush();
    return any ? VigieCommand.OK : VigieCommand.USAGE;
  }
}
