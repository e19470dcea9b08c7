package org.vigie.eval.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestItem;
import org.vigie.linguistic.Entities;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;

/**
 * Runs an analyzer's pipeline once per document and returns both systems under evaluation: the
 * article's entities ("vigie", whatever stages made them) and the backend's raw mentions, the
 * {@link Entities#LAYER} of the same run ("corenlp"). The analyzer does not hand out its finished
 * document, so a {@link Tap} appended after the last stage copies that layer out; a fresh tap and
 * pipeline per document keep the stages' thread-safety intact. Building a pipeline over existing
 * stages is cheap (the models are loaded once, in the backend).
 */
final class TwoSystems {
  /** The layer the tap produces: a copy of the raw mentions, which the assembler ignores. */
  private static final Layer<Entities> TAPPED =
      new Layer<>("eval-backend-entities", Entities.class);

  /** One document's outputs. */
  record Output(Article article, List<Entity> backend) {
    Output {
      Objects.requireNonNull(article, "article");
      backend = List.copyOf(backend);
    }
  }

  private final List<Stage> stages;

  TwoSystems(Analyzer analyzer) {
    this.stages = analyzer.pipeline().stages();
  }

  /** Analyses one item; a failure is an error of the evaluation, not a score. */
  Output run(IngestItem item) {
    Tap tap = new Tap();
    List<Stage> tapped = new ArrayList<>(stages);
    tapped.add(tap);
    AnalysisOutcome outcome = new Analyzer(Pipeline.of(tapped)).analyze(item);
    if (outcome instanceof AnalysisOutcome.Analyzed analyzed && tap.captured != null) {
      return new Output(analyzed.article(), tap.captured.mentions());
    }
    throw new IllegalStateException(
        "entity evaluation: " + item.location() + " failed: " + outcome);
  }

  /** Copies the raw entity layer of the one document it sees. Used once, by one thread. */
  private static final class Tap implements Stage {
    private Entities captured;

    @Override
    public String name() {
      return "eval-tap";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Entities.LAYER);
    }

    @Override
    public Set<Layer<?>> produces() {
      return Set.of(TAPPED);
    }

    @Override
    public StageOutput process(Document document) {
      captured = document.get(Entities.LAYER);
      return StageOutput.of(TAPPED, captured);
    }
  }
}
