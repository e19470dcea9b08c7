package org.vigie.model;

import java.util.Objects;

/** A run of the raw input left out of the text, with why (site-name, caption, markup, ...). */
public record Removal(int rawStart, int rawEnd, String reason) {
  public Removal {
    Objects.requireNonNull(reason, "reason");
    new Span(rawStart, rawEnd);
  }
}
