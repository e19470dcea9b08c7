package org.vigie.model;

import java.util.Objects;

/** A span of the text that cleaning repaired: {@code raw} as it was, {@code text} as it is now. */
public record Repair(int start, int end, String raw, String text) {
  public Repair {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
    new Span(start, end);
  }
}
