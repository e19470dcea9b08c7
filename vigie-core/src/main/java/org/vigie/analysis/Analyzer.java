package org.vigie.analysis;

import java.util.List;
import java.util.Objects;
import org.vigie.ingest.IngestFailure;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.RawArticle;
import org.vigie.language.LanguageIdentifier;
import org.vigie.language.LanguageStage;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.EntityMentionStage;
import org.vigie.linguistic.LinguisticBackend;
import org.vigie.linguistic.LinguisticStage;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineResult;
import org.vigie.pipeline.StageStats;
import org.vigie.text.TextExtractor;

/**
 * The library facade: raw articles in, contract-shaped articles out. Surfaces (CLI, server, Spark)
 * build one and call it; no analysis logic lives in them. Thread-safe.
 */
public final class Analyzer {
  private final Pipeline pipeline;
  private final ArticleAssembler assembler = new ArticleAssembler();

  public Analyzer(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /** The standard pipeline over the given backend and language identifier. */
  public static Analyzer standard(
      AnalysisConfig config, LinguisticBackend backend, LanguageIdentifier identifier) {
    return new Analyzer(
        Pipeline.of(
            List.of(
                new TextExtractor(),
                new LanguageStage(config.language(), identifier),
                new LinguisticStage(config.linguistic(), backend),
                new EntityMentionStage(),
                new DependencyParseStage(config.parse(), backend))));
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** Analyses one item; never throws for a problem of the document itself. */
  public AnalysisOutcome analyze(IngestItem item) {
    if (item instanceof IngestFailure failure) {
      return new AnalysisOutcome.Failed(failure.location(), null, "ingest", failure.reason());
    }
    return analyze((RawArticle) item);
  }

  public AnalysisOutcome analyze(RawArticle raw) {
    PipelineResult result = pipeline.run(raw);
    if (result instanceof PipelineResult.Failed failed) {
      return new AnalysisOutcome.Failed(
          raw.location(), failed.id(), failed.stage(), failed.message());
    }
    try {
      Document done = ((PipelineResult.Completed) result).document();
      return new AnalysisOutcome.Analyzed(raw.location(), assembler.assemble(done));
    } catch (RuntimeException e) {
      return new AnalysisOutcome.Failed(raw.location(), raw.id(), "assemble", String.valueOf(e));
    }
  }

  public List<StageStats> stats() {
    return pipeline.stats();
  }
}
