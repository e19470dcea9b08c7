package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.eval.gold.DevSet;
import org.vigie.eval.gold.DevSetScorer;
import org.vigie.nlp.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie eval gold}: every layer on the hand-annotated dev set, printed as the reference
 * scorer prints it ({@code name value}), so the two can be compared line for line.
 */
@Command(
    name = "gold",
    mixinStandardHelpOptions = true,
    description = {
      "Score every layer on the hand-annotated dev set (SHARED/eval/ml-crisis-gold) as",
      "score.py gold does: lines, quotes, time expressions, casualties and events, one",
      "'name value' per line. --output scores an existing analysis (JSON Lines) instead."
    })
final class EvalGoldCommand implements Callable<Integer> {
  @Mixin SharedData data;
  @Mixin DevSetOptions devSet;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Score this analysis output (vigie analyze --format jsonl) instead of analysing.")
  Path output;

  @Option(names = "--threads", description = "Analysis threads. Default: the number of cores.")
  Integer threads;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String problem = devSet.problem();
    if (problem != null) {
      err.println("vigie: " + problem);
      return VigieCommand.USAGE;
    }
    if (!devSet.present(data.shared)) {
      err.println(
          "vigie: no dev set at "
              + devSet.goldDir(data.shared)
              + " with its corpus "
              + devSet.corpusDir(data.shared));
      return VigieCommand.USAGE;
    }
    DevSet set = devSet.read(data.shared);
    int pool = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Map<String, JsonNode> articles =
        output != null
            ? DevSet.readOutput(output)
            : set.analyze(recurring -> Engines.standard(AnalysisConfig.DEFAULT, recurring), pool);
    long missing = set.documents().stream().filter(d -> !articles.containsKey(d.id())).count();
    List<String> errors = devSet.errorSink();
    out.println("docs_missing " + missing);
    out.print(DevSetScorer.lines(set, articles, errors).metrics());
    out.print(DevSetScorer.quotes(set, articles, errors).metrics());
    out.print(DevSetScorer.timexes(set, articles, errors).metrics());
    out.print(DevSetScorer.casualties(set, articles, errors).metrics());
    out.print(DevSetScorer.events(set, articles, errors).metrics());
    if (errors != null) {
      errors.forEach(out::println);
    }
    out.flush();
    return VigieCommand.OK;
  }
}
