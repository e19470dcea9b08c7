package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.gold.DevSet;
import org.vigie.eval.gold.DevSetScorer;
import org.vigie.eval.gold.DevSplit;
import org.vigie.eval.quotes.SeedQuoteEval;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The quality figures a speed-up must not move, measured in the benchmark's own run with its own
 * configuration: quotes on the seed articles ({@code vigie eval quotes}), and every aggregate of
 * the dev set's {@code check} split ({@code vigie eval gold --split check}: quotes, time
 * expressions, casualties, events, cleaning). Aggregates only: check errors are never printed.
 */
final class BenchQuality {
  private BenchQuality() {}

  /**
   * The figures, by name ({@code seeds_quote_f1}, {@code check_quote_f1}, ...), in a stable order;
   * a set that is absent under {@code shared} is left out.
   */
  static Map<String, Double> measure(
      Path shared, Function<RecurringLines, Analyzer> engine, int threads) {
    Map<String, Double> figures = new LinkedHashMap<>();
    Path seeds = shared.resolve("seeds");
    if (Files.isDirectory(seeds)) {
      SeedQuoteEval.Report r =
          new SeedQuoteEval().evaluate(seeds, engine.apply(RecurringLines.NONE));
      figures.put("seeds_quote_p", r.precision());
      figures.put("seeds_quote_r", r.recall());
      figures.put("seeds_quote_f1", r.f1());
      figures.put("seeds_speaker_acc", r.speakerAccuracy());
    }
    Path gold = shared.resolve("eval/ml-crisis-gold");
    Path corpus = shared.resolve("corpus/ml-crisis-fr");
    if (Files.isDirectory(gold) && Files.isDirectory(corpus)) {
      DevSet set = DevSet.read(gold, corpus, DevSplit.CHECK);
      Map<String, JsonNode> articles = set.analyze(engine, threads);
      String metrics =
          DevSetScorer.lines(set, articles, null).metrics()
              + DevSetScorer.quotes(set, articles, null).metrics()
              + DevSetScorer.timexes(set, articles, null).metrics()
              + DevSetScorer.casualties(set, articles, null).metrics()
              + DevSetScorer.events(set, articles, null).metrics();
      metrics
          .lines()
          .map(line -> line.split(" ", 2))
          .filter(kv -> kv.length == 2)
          .forEach(kv -> figures.put("check_" + kv[0], Double.parseDouble(kv[1])));
    }
    return figures;
  }
}
