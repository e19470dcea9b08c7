package org.vigie.model;

import java.util.List;
import java.util.Objects;

/** Something that happened, stated by the sentence at {@code [start, end)}; PLOVER-typed. */
public record Event(
    String type,
    String subtype,
    int start,
    int end,
    String trigger,
    List<String> actors,
    List<String> targets,
    String location,
    String date,
    Integer killed,
    Integer injured,
    String reportedBy) {
  public Event {
    Objects.requireNonNull(type, "type");
    new Span(start, end);
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
  }
}
