package org.vigie.store.incident;

import java.util.Objects;
import org.vigie.model.Event;

/** One event as one article states it: the article, its outlet and publication date. */
public record EventMention(String article, String outlet, String published, Event event) {
  public EventMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(event, "event");
  }
}
