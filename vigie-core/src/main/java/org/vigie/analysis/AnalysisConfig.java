package org.vigie.analysis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.vigie.language.LanguageStage;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.LinguisticStage;

/**
 * The whole analysis configuration as data: one validated record per configurable stage. Read from
 * JSON with unknown keys rejected, so a misspelt option fails loudly instead of being ignored. The
 * same value drives the library, the CLI and (later) the server and Spark.
 *
 * <p>Example: {@code {"parse": {"selection": "ALL", "maxSentenceWords": 80}}}; omitted sections
 * keep their defaults.
 */
public record AnalysisConfig(
    LanguageStage.Config language,
    LinguisticStage.Config linguistic,
    DependencyParseStage.Config parse) {
  public static final AnalysisConfig DEFAULT =
      new AnalysisConfig(
          LanguageStage.Config.DEFAULT,
          LinguisticStage.Config.DEFAULT,
          DependencyParseStage.Config.DEFAULT);

  public AnalysisConfig {
    language = Objects.requireNonNullElse(language, LanguageStage.Config.DEFAULT);
    linguistic = Objects.requireNonNullElse(linguistic, LinguisticStage.Config.DEFAULT);
    parse = Objects.requireNonNullElse(parse, DependencyParseStage.Config.DEFAULT);
  }

  public AnalysisConfig withParse(DependencyParseStage.Config newParse) {
    return new AnalysisConfig(language, linguistic, newParse);
  }

  /**
   * Reads a JSON configuration file; throws {@link IllegalArgumentException} naming the problem.
   */
  public static AnalysisConfig read(Path file) {
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return json.readValue(file.toFile(), AnalysisConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          file + ": unknown configuration key '" + e.getPropertyName() + "'", e);
    } catch (IOException | RuntimeException e) {
      String message =
          e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(file + ": " + message, e);
    }
  }
}
