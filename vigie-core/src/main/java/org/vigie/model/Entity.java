package org.vigie.model;

import java.util.Objects;

/** A named entity mention; {@code canonical} is the fullest form of its name. */
public record Entity(int start, int end, String text, EntityType type, String canonical, Geo geo) {
  public Entity {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
