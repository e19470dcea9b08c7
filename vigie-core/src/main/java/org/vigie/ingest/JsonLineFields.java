package org.vigie.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.vigie.model.Diagnostic;
import org.vigie.text.metadata.DateParser;

/**
 * Reads and validates the fields of one JSON Lines record. Input is hostile: a field of the wrong
 * JSON type ({@code "title": [1, 2]}), a publication date that is no date ({@code "published":
 * true}), an id that is empty, has control characters or runs past {@value #MAX_ID_CHARS}
 * characters, a lone UTF-16 surrogate from a {@code \ud800} escape: each gets a diagnostic and the
 * field is ignored (the id falls back to the content hash); only a {@code text} or {@code html}
 * that is not a string fails the record. Stateless and thread-safe.
 */
final class JsonLineFields {
  static final int MAX_ID_CHARS = 512;

  private static final DateParser DATES = new DateParser();

  private JsonLineFields() {}

  /** The field as a string, or {@code null} (absent, JSON null, or not a string: diagnosed). */
  static String string(JsonNode node, String field, List<Diagnostic> diagnostics) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      diagnostics.add(
          Diagnostic.warning(
              "invalid-field", "\"" + field + "\" is " + kind(value) + ", not a string: ignored"));
      return null;
    }
    return withoutLoneSurrogates(field, value.asText(), diagnostics);
  }

  /** Why a content field ({@code text}, {@code html}) cannot be read, or {@code null}. */
  static String contentProblem(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isTextual()) {
      return null;
    }
    return "\"" + field + "\" is " + kind(value) + ", not a string";
  }

  /** The declared id if usable, else {@code null} after a diagnostic (the content hash is used). */
  static String id(JsonNode node, List<Diagnostic> diagnostics) {
    String id = string(node, "id", diagnostics);
    if (id == null) {
      return null;
    }
    String problem = null;
    if (id.isBlank()) {
      problem = "is empty";
    } else if (id.length() > MAX_ID_CHARS) {
      problem = "is longer than " + MAX_ID_CHARS + " characters";
    } else if (id.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      problem = "holds a control character (NUL, newline...)";
    }
    if (problem != null) {
      diagnostics.add(
          Diagnostic.warning("invalid-id", "the id " + problem + ": the content hash is used"));
      return null;
    }
    return id.strip();
  }

  /** The declared publication date if it reads as a date, else {@code null} after a diagnostic. */
  static String published(JsonNode node, List<Diagnostic> diagnostics) {
    String published = string(node, "published", diagnostics);
    if (published == null || published.isBlank()) {
      return null;
    }
    if (DATES.parse(published) == null) {
      diagnostics.add(
          Diagnostic.warning(
              "invalid-field",
              "\"published\" is not a date ("
                  + clip(published)
                  + "): ignored, the date is read from the article"));
      return null;
    }
    return published;
  }

  private static String withoutLoneSurrogates(
      String field, String value, List<Diagnostic> diagnostics) {
    StringBuilder out = null;
    int lone = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
                  && i + 1 < value.length()
                  && Character.isLowSurrogate(value.charAt(i + 1))
              || Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(value.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired) {
        if (out == null) {
          out = new StringBuilder(value.substring(0, i));
        }
        out.append('\uFFFD');
        lone++;
      } else if (out != null) {
        out.append(c);
      }
    }
    if (out == null) {
      return value;
    }
    diagnostics.add(
        Diagnostic.warning(
            "invalid-bytes",
            "\"" + field + "\" holds " + lone + " lone UTF-16 surrogate(s), replaced by U+FFFD"));
    return out.toString();
  }

  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
