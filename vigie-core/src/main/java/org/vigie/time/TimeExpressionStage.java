package org.vigie.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.Diagnostic;
import org.vigie.model.Timex;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.CaptionLines;
import org.vigie.text.ExtractedText;

/**
 * Stage "time": French time expressions of the cleaned text, typed and valued as TIMEX3. Requires
 * {@link ExtractedText} (the text and cleaning's publication date); produces {@link
 * TimeExpressions}. The document creation time is cleaning's {@code published}; without one, an
 * estimate from the text ({@link DocumentDateEstimator}) is used with {@code publishedInferred} and
 * diagnostics saying so and how many expressions were resolved against it, when the text gives it
 * converging evidence ({@link InferredDateCheck}); otherwise there is none. Expressions in a photo
 * caption ({@link CaptionLines}) are left out. Bounded: only the first {@link Config#maxChars}
 * characters are read and at most {@link Config#maxTimexes} kept, each with a diagnostic when hit.
 * Stateless and thread-safe.
 *
 * <p>Example, published 2020-10-30: "lors d'un briefing tenu aujourd'hui" → DATE {@code
 * 2020-10-30}.
 */
public final class TimeExpressionStage implements Stage {
  /**
   * Bounds.
   *
   * @param maxChars characters of text read
   * @param maxTimexes expressions kept per document
   */
  public record Config(int maxChars, int maxTimexes) {
    public static final Config DEFAULT = new Config(500_000, 2_000);

    public Config {
      if (maxChars < 1 || maxTimexes < 1) {
        throw new IllegalArgumentException(
            "time.maxChars and time.maxTimexes must be positive: " + maxChars + ", " + maxTimexes);
      }
    }
  }

  /** Photo captions: a line ending with a credit ("… le 19 juin. (A. DUPONT / AFP)"). */
  private static final CaptionLines CAPTIONS = CaptionLines.resource("caption-credits.txt");

  private final Config config;
  private final FrenchTimexRecognizer recognizer = new FrenchTimexRecognizer();
  private final DocumentDateEstimator estimator = new DocumentDateEstimator();

  public TimeExpressionStage() {
    this(Config.DEFAULT);
  }

  public TimeExpressionStage(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(ExtractedText.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(TimeExpressions.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    ExtractedText extracted = document.get(ExtractedText.LAYER);
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions layer = analyze(extracted.text(), extracted.published(), diagnostics);
    return StageOutput.of(TimeExpressions.LAYER, layer).diagnostics(diagnostics);
  }

  /**
   * Digits of other scripts ("١٢ مارس ٢٠٢٠"): the patterns read only 0-9, so a date written with
   * them is left out, and the diagnostic says why.
   */
  private static int foreignDigits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && Character.isDigit(c)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Time expressions of {@code text} anchored on {@code published} (ISO or TIMEX3 value, possibly
   * partial, or null), adding the document's problems to {@code diagnostics}. The same entry point
   * serves the stage and the evaluations.
   */
  public TimeExpressions analyze(String text, String published, List<Diagnostic> diagnostics) {
    String read = text;
    if (text.length() > config.maxChars()) {
      read = text.substring(0, config.maxChars());
      diagnostics.add(
          Diagnostic.warning(
              "time-text-truncated",
              "time expressions read in the first "
                  + config.maxChars()
                  + " of "
                  + text.length()
                  + " characters"));
    }
    int foreign = foreignDigits(read);
    if (foreign > 0) {
      diagnostics.add(
          Diagnostic.info(
              "time-foreign-digits",
              foreign
                  + " digit(s) outside 0-9 (Arabic-Indic, fullwidth...) not read in dates or"
                  + " times"));
    }
    List<FrenchTimexRecognizer.Candidate> candidates =
        new ArrayList<>(recognizer.find(read, config.maxTimexes() + 1));
    // A photo caption dates the picture, not the story, and must not anchor what follows.
    String scanned = read;
    candidates.removeIf(c -> CAPTIONS.inCaption(scanned, c.start()));
    if (candidates.size() > config.maxTimexes()) {
      candidates = candidates.subList(0, config.maxTimexes());
      diagnostics.add(
          Diagnostic.warning(
              "timex-capped",
              "more than " + config.maxTimexes() + " time expressions; rest left out"));
    }
    DateNormalizer.Result result = DateNormalizer.normalize(read, candidates, published);
    if (published != null || result.timexes().isEmpty()) {
      diagnostics.addAll(result.diagnostics());
      return new TimeExpressions(result.timexes(), published, false);
    }
    DocumentDateEstimator.Estimate estimate = estimator.estimate(result.timexes());
    if (estimate == null) {
      diagnostics.addAll(result.diagnostics());
      return new TimeExpressions(result.timexes(), null, false);
    }
    DateNormalizer.Result anchored = DateNormalizer.normalize(read, candidates, estimate.value());
    String unsupported = InferredDateCheck.unsupported(estimate.value(), anchored.timexes());
    if (unsupported != null) {
      // No converging evidence: no publication date, and nothing anchored on the estimate.
      diagnostics.addAll(result.diagnostics());
      diagnostics.add(
          Diagnostic.warning(
              "published-not-inferred", "publication date left unknown: " + unsupported));
      return new TimeExpressions(result.timexes(), null, false);
    }
    diagnostics.addAll(anchored.diagnostics());
    diagnostics.add(
        Diagnostic.info(
            "published-inferred",
            "publication date estimated as " + estimate.value() + " from " + estimate.evidence()));
    if (anchored.anchoredOnDct() > 0) {
      diagnostics.add(
          Diagnostic.warning(
              "timex-inferred-anchor",
              anchored.anchoredOnDct()
                  + " relative time expression(s) resolved against the inferred publication date "
                  + estimate.value()));
    }
    List<Timex> timexes = anchored.timexes();
    return new TimeExpressions(timexes, estimate.value(), true);
  }
}
