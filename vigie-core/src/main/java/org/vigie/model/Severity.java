package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a diagnostic matters to a reader of the result. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
