package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.eval.entities.EntityEval;
import org.vigie.eval.entities.PopcornCorpus;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.SentenceSelection;
import org.vigie.nlp.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie eval entities}: named entities per type, ours beside CoreNLP's raw mentions. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Score named entities per type (precision, recall, F1 on mentions) for two systems side",
      "by side: vigie (the article's entities) and corenlp (the backend's raw mentions of the",
      "same run). On the seeds (SHARED/seeds, hand-annotated gold bundled with Vigie) it adds",
      "the checks: persons and institutions named and typed right, titles inside PERSON,",
      "\"ministère …\" typed ORGANIZATION, places geocoded within 50 km. Then POPCORN",
      "(SHARED/eval/popcorn/train.json, proper-name mentions), skipped when absent."
    })
final class EvalEntitiesCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(names = "--details", description = "List every missed (FN) and spurious (FP) mention.")
  boolean details;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path seeds = data.shared.resolve("seeds");
    if (!Files.isDirectory(seeds.resolve("expected"))) {
      spec.commandLine().getErr().println("vigie: no seeds (expected/*.json) under " + seeds);
      return VigieCommand.USAGE;
    }
    EntityEval seedEval = new EntityEval(Engines.standard(AnalysisConfig.DEFAULT));
    out.print(EntityEval.render(seedEval.seeds(seeds), details));
    out.flush();
    Path popcorn = data.shared.resolve("eval/popcorn/train.json");
    if (!Files.isRegularFile(popcorn)) {
      out.println("POPCORN entities: skipped, no " + popcorn);
    } else {
      // Entities need no dependency parse; skipping it makes the 400 documents much faster.
      AnalysisConfig noParse =
          AnalysisConfig.DEFAULT.withParse(
              new DependencyParseStage.Config(
                  SentenceSelection.NONE, DependencyParseStage.Config.DEFAULT.maxSentenceWords()));
      EntityEval popcornEval = new EntityEval(Engines.standard(noParse));
      PopcornCorpus.Corpus corpus = PopcornCorpus.read(popcorn, Engines.frenchLexicon());
      out.print(EntityEval.render(popcornEval.popcorn(corpus), details));
    }
    out.flush();
    return VigieCommand.OK;
  }
}
