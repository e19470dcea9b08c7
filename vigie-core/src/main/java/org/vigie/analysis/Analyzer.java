package org.vigie.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.entity.EntityStage;
import org.vigie.event.EventExtractor;
import org.vigie.event.EventStage;
import org.vigie.geo.Gazetteer;
import org.vigie.ingest.IngestFailure;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.RawArticle;
import org.vigie.language.LanguageIdentifier;
import org.vigie.language.LanguageStage;
import org.vigie.language.LexiconFirstIdentifier;
import org.vigie.lexicon.Lexicon;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.EntityMentionStage;
import org.vigie.linguistic.LinguisticBackend;
import org.vigie.linguistic.LinguisticStage;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineResult;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageStats;
import org.vigie.quote.QuoteStage;
import org.vigie.quote.SpeechLexicon;
import org.vigie.text.TextExtractor;
import org.vigie.text.TextRewriter;
import org.vigie.text.article.ArticleTextStage;
import org.vigie.text.boilerplate.BoilerplateStage;
import org.vigie.text.boilerplate.RecurringLines;
import org.vigie.text.damage.DamageDetector;
import org.vigie.text.metadata.MetadataResolver;
import org.vigie.text.normalize.GluedWordSplitter;
import org.vigie.text.normalize.TypographyNormalizer;
import org.vigie.time.TimeExpressionStage;

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

  /**
   * The standard pipeline over the given backend, language identifier and French lexicon, with the
   * template lines a first pass learnt from the corpus ({@link RecurringLines#NONE} for a single
   * document or a stream).
   */
  public static Analyzer standard(
      AnalysisConfig config,
      LinguisticBackend backend,
      LanguageIdentifier identifier,
      Lexicon lexicon,
      RecurringLines recurring) {
    List<Stage> stages = new ArrayList<>(cleaningStages(lexicon, recurring));
    // French text is told by the French lexicon's words before any n-gram model is asked.
    LanguageIdentifier languages =
        identifier.candidates().contains("fr")
            ? new LexiconFirstIdentifier("fr", lexicon, identifier)
            : identifier;
    stages.add(new LanguageStage(config.language(), languages));
    stages.add(new TimeExpressionStage());
    stages.add(new LinguisticStage(config.linguistic(), backend));
    stages.add(new EntityMentionStage());
    stages.add(new EntityStage(lexicon, Gazetteer.shared().orElse(null)));
    SpeechLexicon speech = new SpeechLexicon(lexicon);
    stages.add(new DependencyParseStage(config.parse(), backend, speech::carriesCue));
    stages.add(new QuoteStage(speech));
    stages.add(new EventStage(new EventExtractor(lexicon)));
    return new Analyzer(Pipeline.of(stages, config.budget()));
  }

  /** Cleaning alone: raw input to the article's text and metadata (evaluation, benchmarks). */
  public static Analyzer cleaningOnly(Lexicon lexicon, RecurringLines recurring) {
    return new Analyzer(Pipeline.of(cleaningStages(lexicon, recurring)));
  }

  static List<Stage> cleaningStages(Lexicon lexicon, RecurringLines recurring) {
    TypographyNormalizer typography = new TypographyNormalizer();
    GluedWordSplitter glued = new GluedWordSplitter(lexicon);
    List<TextRewriter> rewriters = List.of(typography::normalize, glued::split);
    return List.of(
        new TextExtractor(),
        new BoilerplateStage(recurring),
        new ArticleTextStage(
            rewriters, new DamageDetector(lexicon), new MetadataResolver(Clock.systemUTC())));
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
