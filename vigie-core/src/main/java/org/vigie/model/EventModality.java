package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether an event is reported as having happened ({@code asserted}) or only denied, supposed,
 * planned or demanded. Only asserted events count (casualty tolls, incidents).
 */
public enum EventModality {
  ASSERTED,
  DENIED,
  HYPOTHETICAL,
  PLANNED,
  DEMANDED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
