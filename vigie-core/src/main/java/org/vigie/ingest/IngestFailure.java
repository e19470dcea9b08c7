package org.vigie.ingest;

import java.util.Objects;

/** An input that could not become an article, with a one-line reason for the user. */
public record IngestFailure(String location, String reason) implements IngestItem {
  public IngestFailure {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }
}
