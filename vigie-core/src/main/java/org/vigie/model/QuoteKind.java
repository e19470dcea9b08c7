package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Direct (between quotation marks), indirect (reported speech) or mixed. */
public enum QuoteKind {
  DIRECT,
  INDIRECT,
  MIXED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
