package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.eval.events.GoldEventEval;
import org.vigie.eval.gold.DevSet;
import org.vigie.nlp.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie eval events}: event detection, types and casualty figures on annotated news. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Score events and casualties on the dev set (SHARED/eval/ml-crisis-gold) as score.py does:",
      "event P/R/F1, type and subtype accuracy, casualty P/R/F1 and count accuracy, beside a",
      "trigger-lexicon baseline on the same articles; then on the seeds' expected events."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Mixin SharedData data;
  @Mixin DevSetOptions devSet;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Score this analysis output (vigie analyze --format jsonl) instead of analysing.")
  Path output;

  @Option(
      names = "--reextract",
      description = "With --output: extract events again from the saved layers (rule work).")
  boolean reextract;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description = "Write the scored articles as JSON Lines (to check with eval/score.py).")
  Path write;

  @Option(names = "--no-seeds", description = "Skip the seeds.")
  boolean noSeeds;

  @Option(names = "--threads", description = "Analysis threads. Default: the number of cores.")
  Integer threads;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String problem = devSet.problem();
    if (problem != null) {
      err.println("vigie: " + problem);
      return VigieCommand.USAGE;
    }
    if (reextract && output == null) {
      err.println("vigie: --reextract needs --output");
      return VigieCommand.USAGE;
    }
    GoldEventEval eval = new GoldEventEval();
    if (devSet.present(data.shared)) {
      DevSet set = devSet.read(data.shared);
      int pool = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      Map<String, JsonNode> articles =
          output != null
              ? DevSet.readOutput(output)
              : set.analyze(recurring -> Engines.standard(AnalysisConfig.DEFAULT, recurring), pool);
      if (reextract) {
        Map<String, JsonNode> again = new LinkedHashMap<>();
        articles.forEach(
            (id, a) -> again.put(id, GoldEventEval.json(eval.reextract(GoldEventEval.article(a)))));
        articles = again;
      }
      if (write != null) {
        try (Writer w = Files.newBufferedWriter(write, StandardCharsets.UTF_8)) {
          for (JsonNode a : articles.values()) {
            w.write(a.toString());
            w.write('\n');
          }
        }
      }
      List<String> errors = devSet.errorSink();
      Map<String, JsonNode> scored = articles;
      long missing = set.documents().stream().filter(d -> !scored.containsKey(d.id())).count();
      out.println(
          "Dev set "
              + devSet.goldDir(data.shared)
              + ", split "
              + set.split().label()
              + " ("
              + set.documents().size()
              + " articles, "
              + missing
              + " missing):");
      print(out, eval.score(set, articles, errors), true);
      if (errors != null) {
        errors.forEach(out::println);
      }
    } else {
      out.println("Dev set: none at " + devSet.goldDir(data.shared));
    }
    Path seeds = data.shared.resolve("seeds");
    if (!noSeeds && Files.isDirectory(seeds.resolve("expected"))) {
      out.println("Seeds (" + seeds + ", expected events and casualties):");
      print(out, eval.seeds(seeds, Engines.standard(AnalysisConfig.DEFAULT)), false);
    }
    out.flush();
    return VigieCommand.OK;
  }

  private static void print(PrintWriter out, GoldEventEval.Report r, boolean baseline) {
    out.println("  events      " + r.events().line());
    out.println("  casualties  " + r.casualties().line());
    if (baseline) {
      out.println("  lexicon-only baseline:");
      out.println("  events      " + r.baselineEvents().line());
      out.println("  casualties  " + r.baselineCasualties().line());
    }
  }
}
