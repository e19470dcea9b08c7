package org.vigie.store.incident;

import java.util.Objects;
import org.vigie.model.Event;

/**
 * One event as one article states it: the article, its outlet and publication date, and the
 * sentence stating it when the article's text was at hand ({@code null} otherwise).
 */
public record EventMention(
    String article, String outlet, String published, Event event, String sentence) {
  public EventMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(event, "event");
  }

  public EventMention(String article, String outlet, String published, Event event) {
    this(article, outlet, published, event, null);
  }

  /** The mention of an event of an article, with its sentence when the article has its text. */
  public static EventMention of(org.vigie.model.Article a, Event e) {
    String text = a.text();
    String sentence = null;
    if (text != null && e.end() <= text.length() && e.start() < e.end()) {
      sentence = text.substring(e.start(), e.end()).strip();
    }
    return new EventMention(a.id(), a.source().outlet(), a.published(), e, sentence);
  }
}
