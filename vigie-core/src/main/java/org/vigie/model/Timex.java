package org.vigie.model;

import java.util.Objects;

/** A time expression with its TIMEX3 type and (possibly partial) ISO 8601 value. */
public record Timex(int start, int end, String text, TimexType type, String value) {
  public Timex {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
