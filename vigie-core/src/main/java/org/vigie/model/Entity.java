package org.vigie.model;

import java.util.Objects;

/**
 * A named entity mention. {@code canonical} is the fullest form of its name; {@code geo} the place
 * a LOCATION resolved to ({@code null} when the gazetteer could not place it: flagged by {@code
 * unresolved}). {@code role} is the function a PERSON is named with ("Premier ministre arménien"),
 * {@code country} the ISO code of the country an adjective or complement ties the entity to
 * ("ministère russe de la Défense" → RU) or of the place itself; {@code actor} marks a place named
 * as an actor ("Moscou a déclaré"): metonymy recorded, the type left LOCATION.
 */
public record Entity(
    int start,
    int end,
    String text,
    EntityType type,
    String canonical,
    Geo geo,
    String role,
    String country,
    boolean actor,
    boolean unresolved) {
  public Entity {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  /** A mention as the backend gives it: no role, country or place yet. */
  public Entity(int start, int end, String text, EntityType type, String canonical, Geo geo) {
    this(start, end, text, type, canonical, geo, null, null, false, false);
  }

  public Entity withCanonical(String name) {
    return new Entity(start, end, text, type, name, geo, role, country, actor, unresolved);
  }
}
