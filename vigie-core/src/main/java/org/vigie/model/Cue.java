package org.vigie.model;

import java.util.Objects;

/** The words that introduce reported speech ("a-t-elle déclaré", "selon"). */
public record Cue(int start, int end, String text) {
  public Cue {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
  }
}
