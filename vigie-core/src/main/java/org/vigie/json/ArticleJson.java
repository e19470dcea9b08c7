package org.vigie.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.vigie.model.Article;

/**
 * The JSON form of an {@link Article} (CONTRACT.md): every field present, {@code null} for absent
 * values. Thread-safe.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private ArticleJson() {}

  /** One line of JSON, for JSON Lines output. */
  public static String line(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + article.id(), e);
    }
  }

  /** One line of JSON for any record of the model (a statement, a hit). */
  public static String line(Record value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Indented JSON for people. */
  public static String pretty(Article article) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + article.id(), e);
    }
  }
}
