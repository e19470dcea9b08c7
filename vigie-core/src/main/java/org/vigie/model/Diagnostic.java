package org.vigie.model;

import java.util.Objects;

/**
 * A problem found in one document (undecodable bytes, no date, text not French...). Data attached
 * to the result, never an exception. {@code code} is a stable kebab-case key for filtering.
 */
public record Diagnostic(Severity severity, String code, String message) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic info(String code, String message) {
    return new Diagnostic(Severity.INFO, code, message);
  }

  public static Diagnostic warning(String code, String message) {
    return new Diagnostic(Severity.WARNING, code, message);
  }
}
