package org.vigie.model;

import java.util.Objects;

/** A statement: its reported content, how it is reported, its cue and its speaker. */
public record Quote(int start, int end, String text, QuoteKind kind, Cue cue, Speaker speaker) {
  public Quote {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
