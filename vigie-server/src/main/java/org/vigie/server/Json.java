package org.vigie.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON rendering of responses: records as CONTRACT.md names them, errors as one shape. */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  /** A JSON text as a tree (for embedding a library's JSON rendering in a response). */
  static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String write(Object value) {
    if (value instanceof String s) {
      return s; // already JSON (an article through ArticleJson)
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * A response body in UTF-8: Jackson writes the bytes itself, which spares the server a string of
   * the whole answer and its encoding (a twentieth of a search's CPU, more for an article).
   */
  static byte[] bytes(Object value) {
    if (value instanceof byte[] json) {
      return json; // already JSON in UTF-8 (an article from the store)
    }
    if (value instanceof String s) {
      return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render " + value.getClass().getSimpleName(), e);
    }
  }

  static String error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", reason(status));
    body.put("message", message);
    return write(body);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 503 -> "unavailable";
      default -> status >= 500 ? "server-error" : "error";
    };
  }
}
