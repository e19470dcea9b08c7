package org.vigie.model;

import java.util.Objects;

/** A span of the text known to be damaged by scraping (missing-words, glued-text, ...). */
public record Damage(int start, int end, String kind) {
  public Damage {
    Objects.requireNonNull(kind, "kind");
    new Span(start, end);
  }
}
