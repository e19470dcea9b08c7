package org.vigie.ingest;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.vigie.model.Diagnostic;

/** Text decoded from bytes, the charset used, and what decoding had to guess or replace. */
public record DecodedBytes(String text, Charset charset, List<Diagnostic> diagnostics) {
  public DecodedBytes {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    diagnostics = List.copyOf(diagnostics);
  }
}
