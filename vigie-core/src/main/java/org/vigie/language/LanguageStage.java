package org.vigie.language;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.Diagnostic;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.ExtractedText;

/**
 * Stage "language": which language the article is written in. Requires the extracted text; produces
 * {@link DetectedLanguage}. A language declared by the input wins; otherwise the identifier reads a
 * bounded sample of the text (the start, where the article body is, up to {@link
 * Config#sampleChars}). Too little text or no confident answer falls back to {@link
 * Config#fallback} with a diagnostic. Stateless and thread-safe.
 *
 * <p>Example: "La Russie fait des efforts vigoureux pour le règlement du conflit" → {@code fr}.
 */
public final class LanguageStage implements Stage {
  /**
   * Configuration: the candidate languages, the fallback, and bounds on the text read.
   *
   * @param candidates ISO 639-1 codes the identifier chooses among
   * @param fallback the language assumed when identification is not possible
   * @param minChars below this many letters, do not trust identification
   * @param sampleChars how much text to read
   */
  public record Config(List<String> candidates, String fallback, int minChars, int sampleChars) {
    public static final Config DEFAULT =
        new Config(
            List.of("fr", "en", "de", "es", "it", "pt", "nl", "ar", "ru", "tr"), "fr", 20, 4000);

    public Config {
      candidates = List.copyOf(candidates);
      if (candidates.isEmpty()) {
        throw new IllegalArgumentException("language.candidates must not be empty");
      }
      Objects.requireNonNull(fallback, "language.fallback");
      if (minChars < 0 || sampleChars < 100) {
        throw new IllegalArgumentException(
            "language.minChars >= 0 and language.sampleChars >= 100 required");
      }
    }
  }

  private final Config config;
  private final LanguageIdentifier identifier;

  public LanguageStage(Config config, LanguageIdentifier identifier) {
    this.config = Objects.requireNonNull(config, "config");
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(ExtractedText.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(DetectedLanguage.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    String declared = document.raw().language();
    if (declared != null && !declared.isBlank()) {
      String code = declared.strip().toLowerCase(Locale.ROOT);
      int dash = code.indexOf('-');
      return StageOutput.of(
          DetectedLanguage.LAYER,
          new DetectedLanguage(dash > 0 ? code.substring(0, dash) : code, 1.0, "declared"));
    }
    String text = document.get(ExtractedText.LAYER).text();
    String sample = text.substring(0, Math.min(text.length(), config.sampleChars()));
    long letters = sample.codePoints().filter(Character::isLetter).count();
    DetectedLanguage detected = letters >= config.minChars() ? identifier.identify(sample) : null;
    if (detected != null) {
      return StageOutput.of(DetectedLanguage.LAYER, detected);
    }
    return StageOutput.of(
            DetectedLanguage.LAYER, new DetectedLanguage(config.fallback(), 0, "assumed"))
        .diagnostic(
            Diagnostic.info(
                "language-assumed",
                "language not identified (" + letters + " letters); assumed " + config.fallback()));
  }
}
