package org.vigie.event;

import java.util.List;
import org.vigie.model.Event;
import org.vigie.pipeline.Layer;

/** The event layer: an article's event mentions, sorted by sentence then trigger. */
public record EventMentions(List<Event> events) {
  public static final Layer<EventMentions> LAYER = new Layer<>("events", EventMentions.class);

  public EventMentions {
    events = List.copyOf(events);
  }
}
