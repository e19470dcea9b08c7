package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.SeedArticles;
import org.vigie.eval.events.EventScores;
import org.vigie.eval.events.GoldEventEval;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.nlp.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie eval events}: event detection, types and casualty figures on annotated news. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Score events and casualties on the ml-crisis-gold dev set (event P/R/F1, type and subtype",
      "accuracy, casualty P/R/F1 and count accuracy, as eval/score.py), beside a trigger-lexicon",
      "baseline, then on the seeds' expected events and casualties."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "Default: SHARED/eval/ml-crisis-gold.")
  Path gold;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Default: SHARED/corpus/ml-crisis-fr.")
  Path corpus;

  @Option(
      names = "--split",
      defaultValue = "tune",
      description = "tune (even article numbers), check (odd) or all. Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Score this saved `vigie analyze --format jsonl` output instead of analysing.")
  Path output;

  @Option(
      names = "--reextract",
      description = "With --output: extract events again from the saved layers (rule work).")
  boolean reextract;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description = "Write the scored articles as JSON Lines (for eval/score.py).")
  Path write;

  @Option(names = "--details", description = "List misses, extras and wrong types (tune only).")
  boolean details;

  @Option(names = "--no-seeds", description = "Skip the seeds.")
  boolean noSeeds;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("tune", "check", "all").contains(split)) {
      err.println("vigie: --split must be tune, check or all");
      return VigieCommand.USAGE;
    }
    if (details && !split.equals("tune")) {
      // House rule: only tune errors are read; check is judged by its aggregates.
      err.println("vigie: --details is for --split tune only");
      return VigieCommand.USAGE;
    }
    Path goldDir = gold != null ? gold : data.shared.resolve("eval/ml-crisis-gold");
    Path corpusDir = corpus != null ? corpus : data.shared.resolve("corpus/ml-crisis-fr");
    if (!Files.isDirectory(goldDir)) {
      err.println("vigie: no gold folder " + goldDir);
      return VigieCommand.USAGE;
    }
    List<GoldEventEval.GoldDoc> docs = GoldEventEval.read(goldDir, split);
    GoldEventEval eval = new GoldEventEval();
    Analyzer analyzer = null;
    Map<String, Article> articles;
    if (output != null) {
      articles = GoldEventEval.load(output);
      if (reextract) {
        Map<String, Article> again = new LinkedHashMap<>();
        articles.forEach((id, a) -> again.put(id, eval.reextract(a)));
        articles = again;
      }
    } else {
      analyzer = Engines.standard(AnalysisConfig.DEFAULT);
      articles = GoldEventEval.analyze(docs, corpusDir, analyzer);
    }
    if (write != null) {
      try (Writer w = Files.newBufferedWriter(write, StandardCharsets.UTF_8)) {
        for (Article a : articles.values()) {
          w.write(ArticleJson.line(a));
          w.write('\n');
        }
      }
    }
    GoldEventEval.Report report = eval.score(docs, articles);
    out.printf(
        Locale.ROOT,
        "Events on %s, split %s (%d articles, %d missing):%n",
        goldDir,
        split,
        report.docs(),
        report.missing());
    print(out, "vigie", report.system());
    print(out, "lexicon baseline", report.baseline());
    if (details) {
      for (EventScores.Outcome o : report.system().outcomes()) {
        out.printf(Locale.ROOT, "  %-10s %s %s%n", o.kind(), o.doc(), o.detail());
      }
    }
    if (!noSeeds) {
      seeds(out, analyzer != null ? analyzer : Engines.standard(AnalysisConfig.DEFAULT));
    }
    out.flush();
    return VigieCommand.OK;
  }

  private void seeds(PrintWriter out, Analyzer analyzer) {
    Path folder = data.shared.resolve("seeds");
    if (!Files.isDirectory(folder.resolve("expected"))) {
      out.println("Seeds: none under " + folder);
      return;
    }
    EventScores scores = new EventScores();
    List<String> lines = new ArrayList<>();
    for (SeedArticles.Annotated seed : SeedArticles.read(folder)) {
      Article a = SeedArticles.analyze(seed.article(), analyzer);
      JsonNode expected = seed.expected();
      List<EventScores.Gold> events = GoldEventEval.golds(expected.path("events"));
      List<EventScores.Gold> casualties = GoldEventEval.golds(expected.path("casualties"));
      EventScores one = new EventScores();
      one.add(seed.label(), events, casualties, a);
      scores.add(seed.label(), events, casualties, a);
      lines.add(seed.label() + "  " + one.counts());
    }
    out.println("Seeds (" + folder + "):");
    print(out, "vigie", scores);
    for (String l : lines) {
      out.println("  " + l);
    }
  }

  private static void print(PrintWriter out, String name, EventScores s) {
    Map<String, Double> m = s.metrics();
    out.printf(
        Locale.ROOT,
        "  %-17s events P %.3f R %.3f F1 %.3f  type %.3f subtype %.3f | casualties P %.3f R %.3f"
            + " F1 %.3f count %.3f%n    (%s)%n",
        name,
        m.get("event_p"),
        m.get("event_r"),
        m.get("event_f1"),
        m.get("event_type_acc"),
        m.get("event_subtype_acc"),
        m.get("casualty_p"),
        m.get("casualty_r"),
        m.get("casualty_f1"),
        m.get("casualty_count_acc"),
        s.counts());
  }
}
