package org.vigie.event;

import java.util.List;
import org.vigie.model.Event;
import org.vigie.pipeline.Layer;

/**
 * The event layer: an article's event mentions of every modality, sorted by sentence then trigger.
 * The article keeps those reported as having happened in its {@code events} and the others in its
 * {@code unassertedEvents}.
 */
public record EventMentions(List<Event> events) {
  public static final Layer<EventMentions> LAYER = new Layer<>("events", EventMentions.class);

  /** No mention (the events stage did not run). */
  public static final EventMentions NONE = new EventMentions(List.of());

  public EventMentions {
    events = List.copyOf(events);
  }

  /** The mentions reported as having happened, as fact or by a source. */
  public List<Event> happened() {
    return events.stream().filter(Event::asserted).toList();
  }

  /** The mentions denied, supposed, planned or demanded, each marked by its modality. */
  public List<Event> unasserted() {
    return events.stream().filter(e -> !e.asserted()).toList();
  }
}
