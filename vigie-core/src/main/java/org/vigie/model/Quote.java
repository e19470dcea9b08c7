package org.vigie.model;

import java.util.Objects;

/**
 * A statement: its reported content, how it is reported, its cue and its speaker. {@code date} is
 * the (possibly partial) ISO date of the time expression governing it, or {@code null} when the
 * time stage did not run or found none.
 */
public record Quote(
    int start, int end, String text, QuoteKind kind, Cue cue, Speaker speaker, String date) {
  public Quote {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
  }

  /** This quote dated. */
  public Quote withDate(String newDate) {
    return new Quote(start, end, text, kind, cue, speaker, newDate);
  }
}
