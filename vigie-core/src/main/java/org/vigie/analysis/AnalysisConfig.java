package org.vigie.analysis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.vigie.language.LanguageStage;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.LinguisticStage;
import org.vigie.pipeline.DocumentBudget;

/**
 * The whole analysis configuration as data: one validated record per configurable stage. Read from
 * JSON with unknown keys rejected, so a misspelt option fails loudly instead of being ignored. The
 * same value drives the library, the CLI and (later) the server and Spark.
 *
 * <p>Example: {@code {"parse": {"selection": "ALL"}, "budget": {"seconds": 60}}}; omitted keys keep
 * their defaults. {@code budget} is what one document may cost ({@link DocumentBudget}).
 */
public record AnalysisConfig(
    LanguageStage.Config language,
    LinguisticStage.Config linguistic,
    DependencyParseStage.Config parse,
    DocumentBudget budget) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public static final AnalysisConfig DEFAULT =
      new AnalysisConfig(
          LanguageStage.Config.DEFAULT,
          LinguisticStage.Config.DEFAULT,
          DependencyParseStage.Config.DEFAULT,
          DocumentBudget.DEFAULT);

  public AnalysisConfig {
    language = Objects.requireNonNullElse(language, LanguageStage.Config.DEFAULT);
    linguistic = Objects.requireNonNullElse(linguistic, LinguisticStage.Config.DEFAULT);
    parse = Objects.requireNonNullElse(parse, DependencyParseStage.Config.DEFAULT);
    budget = Objects.requireNonNullElse(budget, DocumentBudget.DEFAULT);
  }

  public AnalysisConfig withParse(DependencyParseStage.Config newParse) {
    return new AnalysisConfig(language, linguistic, newParse, budget);
  }

  public AnalysisConfig withBudget(DocumentBudget newBudget) {
    return new AnalysisConfig(language, linguistic, parse, newBudget);
  }

  /**
   * Reads a JSON configuration file: the keys it gives override the defaults, section by section;
   * throws {@link IllegalArgumentException} naming the problem (an unknown key, a bad value).
   */
  public static AnalysisConfig read(Path file) {
    JsonNode given;
    try {
      given = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + firstLine(e), e);
    }
    return fromTree(file.toString(), given);
  }

  /**
   * The configuration a JSON string gives, read as {@link #read} reads a file: how a distributed
   * job ships it to its workers (as data, never as serialized stage objects).
   */
  public static AnalysisConfig fromJson(String json) {
    JsonNode given;
    try {
      given = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("configuration: " + firstLine(e), e);
    }
    return fromTree("configuration", given);
  }

  /** The whole configuration, every key present, as {@link #fromJson} reads it back. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the configuration as JSON", e);
    }
  }

  private static AnalysisConfig fromTree(String origin, JsonNode given) {
    if (given == null || !given.isObject()) {
      throw new IllegalArgumentException(origin + ": a configuration is a JSON object");
    }
    ObjectNode merged = JSON.valueToTree(DEFAULT);
    overlay(merged, (ObjectNode) given);
    try {
      return JSON.treeToValue(merged, AnalysisConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          origin + ": unknown configuration key '" + e.getPropertyName() + "'", e);
    } catch (IOException | RuntimeException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      throw new IllegalArgumentException(origin + ": " + firstLine(cause), e);
    }
  }

  /** Copies {@code given} onto {@code base}, merging nested objects instead of replacing them. */
  private static void overlay(ObjectNode base, ObjectNode given) {
    given
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode existing = base.get(field.getKey());
              if (existing instanceof ObjectNode target && field.getValue().isObject()) {
                overlay(target, (ObjectNode) field.getValue());
              } else {
                base.set(field.getKey(), field.getValue());
              }
            });
  }

  private static String firstLine(Throwable e) {
    return e.getMessage() == null
        ? e.toString()
        : e.getMessage().lines().findFirst().orElse(e.toString());
  }
}
