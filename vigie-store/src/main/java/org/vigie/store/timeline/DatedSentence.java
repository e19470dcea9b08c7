package org.vigie.store.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigie.model.Event;

/**
 * One sentence of a stored article with the day it speaks of: the day its own time expression or
 * event names ({@link DateSource#MENTIONED}, {@link DateSource#EVENT}), else, for a sentence with
 * no time expression at all, its article's publication day ({@link DateSource#PUBLISHED}). {@code
 * position} counts the article's statement-sized sentences from 0 (the headline, when the text
 * opens with it).
 */
public record DatedSentence(
    String articleId,
    String outlet,
    LocalDate published,
    LocalDate day,
    DateSource dateSource,
    String text,
    int start,
    int end,
    int position,
    List<Event> events) {
  /** Where a sentence's day comes from, strongest evidence first. */
  public enum DateSource {
    /** An event of the sentence is dated by the event layer. */
    EVENT,
    /** The sentence names the day ("le 20 mars", "samedi", "hier"). */
    MENTIONED,
    /** No time expression: the article's publication day stands in. */
    PUBLISHED
  }

  public DatedSentence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
  }

  /** Whether the sentence states something that happened (an asserted event with a type). */
  public boolean hasEvent() {
    return !events.isEmpty();
  }

  /** The same sentence as a candidate of another day (same date source). */
  public DatedSentence on(LocalDate other) {
    return new DatedSentence(
        articleId, outlet, published, other, dateSource, text, start, end, position, events);
  }
}
