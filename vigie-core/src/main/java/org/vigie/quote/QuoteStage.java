package org.vigie.quote;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.linguistic.Entities;
import org.vigie.linguistic.LinguisticAnalysis;
import org.vigie.linguistic.Syntax;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.ExtractedText;

/**
 * Stage "quotes": who said what. Requires the text and the linguistic layer (words with POS tags);
 * uses the entity layer when present to learn the article's person names, and the dependency parse
 * of cue sentences when present to find a subject the word patterns miss. Produces {@link
 * Quotations}; unclosed quotation marks and the cap on quotes per article ({@value
 * QuoteExtractor#MAX_QUOTES}) are diagnostics. Linear in the article's length. Stateless and
 * thread-safe.
 *
 * <p>Example: "« Il est regrettable que … », a-t-elle déclaré." gives a direct quote with cue
 * "a-t-elle déclaré" and speaker "elle", resolved to the spokeswoman named before.
 */
public final class QuoteStage implements Stage {
  private final QuoteExtractor extractor;

  public QuoteStage(SpeechLexicon lexicon) {
    this.extractor = new QuoteExtractor(Objects.requireNonNull(lexicon, "lexicon"));
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(ExtractedText.LAYER, LinguisticAnalysis.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Quotations.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    String text = document.get(ExtractedText.LAYER).text();
    LinguisticAnalysis analysis = document.get(LinguisticAnalysis.LAYER);
    List<org.vigie.model.Entity> entities =
        document.has(Entities.LAYER) ? document.get(Entities.LAYER).mentions() : List.of();
    Syntax syntax = document.has(Syntax.LAYER) ? document.get(Syntax.LAYER) : null;
    QuoteExtractor.Result result =
        extractor.extract(text, analysis.sentences(), analysis.tokens(), syntax, entities);
    return StageOutput.of(Quotations.LAYER, new Quotations(result.quotes()))
        .diagnostics(result.diagnostics());
  }
}
