package org.vigie.text;

import java.util.List;
import java.util.Objects;
import org.vigie.model.Repair;

/**
 * A text rewritten from another one (typography, glued words): the new text, the map from it back
 * to the text it was rewritten from, and the repairs worth showing a reader, with offsets into the
 * new text.
 */
public record Rewrite(String text, OffsetMap toSource, List<Repair> repairs) {
  public Rewrite {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toSource, "toSource");
    repairs = List.copyOf(repairs);
    if (toSource.length() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + toSource.length() + " chars, text has " + text.length());
    }
  }

  /** The text unchanged. */
  public static Rewrite unchanged(String text) {
    return new Rewrite(text, OffsetMap.identity(text.length()), List.of());
  }
}
